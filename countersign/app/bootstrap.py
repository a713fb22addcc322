"""The composition root: settings in, wired adapters out. Nothing connects before `open_services`."""

from __future__ import annotations

import sqlite3
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Callable, Iterator

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from countersign.app.audit import AuditLog
from countersign.app.claims import CaseClaims
from countersign.app.db import make_engine, migrate, session_factory
from countersign.agent.notify import Notifier, NullNotifier
from countersign.app.settings import Settings
from countersign.app.store import Store
from countersign.agent.workflow import WorkflowDeps, build_workflow
from countersign.domain import utcnow
from countersign.policies.schema import Policy, load_policy
from countersign.tools.extract_invoice import extract_invoice
from countersign.extraction.assist import assist_from_settings
from countersign.adapters.local_crm import LocalCRM
from countersign.adapters.local_ledger import LocalLedger
from countersign.ports import CRM, ERP


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    audit: AuditLog
    store: Store
    erp: ERP
    crm: CRM
    policy: Policy
    notifier: Notifier
    graph: object
    clock: Callable[[], datetime]
    checkpointer: object  # shared by the invoice workflow and chat conversations
    claims: CaseClaims  # who may drive which case right now (see agent/claims.py)


@contextmanager
def open_services(
    settings: Settings,
    *,
    notifier: Notifier | None = None,
    policy: Policy | None = None,
    clock: Callable[[], datetime] = utcnow,
    erp_factory: Callable[[sessionmaker[Session]], ERP] | None = None,
    crm_factory: Callable[[sessionmaker[Session]], CRM] | None = None,
) -> Iterator[Services]:
    """Wire settings to adapters; `erp_factory` lets tests put a faulty ERP behind the same graph."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    policy = policy or load_policy(settings.policy_file)
    engine = make_engine(settings.db_url)
    with ExitStack() as stack:
        stack.callback(engine.dispose)
        migrate(engine)
        sessions = session_factory(engine)
        audit = AuditLog(sessions)
        store = Store(sessions, audit, settings.documents_dir)
        erp = (erp_factory or _erp_factory(settings))(sessions)
        crm = (crm_factory or _crm_factory(settings))(sessions)
        notifier = notifier or NullNotifier()
        checkpointer = stack.enter_context(_checkpointer(settings))
        claims = CaseClaims(engine, postgres=settings.is_postgres, lock_dir=settings.data_dir / "claims")
        stack.callback(claims.close)
        deps = WorkflowDeps(
            store=store,
            erp=erp,
            crm=crm,
            policy=policy,
            notifier=notifier,
            extract=partial(extract_invoice, max_bytes=settings.max_upload_bytes, max_pages=settings.max_pages,
                            assist=assist_from_settings(settings)),
            clock=clock,
        )
        yield Services(settings, engine, sessions, audit, store, erp, crm, policy, notifier,
                       build_workflow(deps, checkpointer), clock, checkpointer, claims)


def _erp_factory(settings: Settings) -> Callable[[sessionmaker[Session]], ERP]:
    if settings.erp == "quickbooks":
        from countersign.adapters.quickbooks.factory import quickbooks_erp_from_settings

        return lambda sessions: quickbooks_erp_from_settings(settings, sessions)
    return LocalLedger


def _crm_factory(settings: Settings) -> Callable[[sessionmaker[Session]], CRM]:
    if settings.crm == "salesforce":
        from countersign.adapters.salesforce import SalesforceCRM, salesforce_client_from_settings

        return lambda sessions: SalesforceCRM(salesforce_client_from_settings(settings))
    return LocalCRM


@contextmanager
def _checkpointer(settings: Settings):
    """LangGraph's durable checkpointer: Postgres saver on PostgreSQL, SQLite saver otherwise."""
    if settings.is_postgres:
        from langgraph.checkpoint.postgres import PostgresSaver

        url = settings.db_url.replace("postgresql+psycopg://", "postgresql://")
        with PostgresSaver.from_conn_string(url) as saver:
            saver.setup()
            yield saver
        return
    from langgraph.checkpoint.sqlite import SqliteSaver

    conn = sqlite3.connect(settings.checkpoint_path, check_same_thread=False)
    try:
        yield SqliteSaver(conn)
    finally:
        conn.close()
