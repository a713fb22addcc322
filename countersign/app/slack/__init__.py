"""countersign in Slack: invoices in from a channel, approval cards, approver authority, questions.

`app.build_app` builds the Bolt app; `server.serve_socket` / `server.serve_http` run it.
"""
