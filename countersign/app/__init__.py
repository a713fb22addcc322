"""The application around the agent: composition root, store, audit, CLI, Slack, worker."""
