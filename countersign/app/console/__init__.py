"""The web console (`countersign console`): inbox, case pages with the document and its evidence
boxes, corrections, re-runs, decisions and comments, each checked and audited on the server.

- `app.py`: the Starlette app, its routes and their checks (session, CSRF, no action by GET);
- `auth.py`: one-time sign-in links, Sign in with Slack (OpenID Connect), CSRF tokens;
- `views.py`: what a case page shows, gathered read-only;
- `pages.py`: a document's page as a PNG, cached;
- `server.py`: serving it (uvicorn) and printing the sign-in link;
- `templates/`, `static/`: Jinja2 pages (autoescaped) and the small script that links boxes and fields.
"""
