"""countersign in Slack: invoices in from a channel, approval cards, approver authority, questions.

`app.build_app` builds the app (a `SlackApp`: the Bolt app and the deps its listeners share);
`server.serve_socket` / `server.serve_http` run it.
"""
