"""The composition root: settings in, wired adapters out. Nothing connects before `open_services`."""

from __future__ import annotations

import gc
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from countersign.adapters.local_crm import LocalCRM
from countersign.adapters.local_ledger import LocalLedger
from countersign.agent.runtime import Notifier, NullNotifier
from countersign.app.audit import AuditLog, load_audit_key
from countersign.app.claims import CaseClaims
from countersign.app.db import make_engine, read_session_factory, ready_schema, session_factory
from countersign.app.settings import Settings
from countersign.app.store import Store, bill_identity_resolver
from countersign.app.writebacks import WriteBackQueue
from countersign.domain import utcnow
from countersign.policies.schema import Policy, load_policy
from countersign.ports import CRM, ERP

if TYPE_CHECKING:
    from countersign.agent.nodes import WorkflowDeps
    from countersign.app.vendor_memory import VendorMemoryStore


@dataclass
class Services:
    """Everything wired, for one process. The workflow graph and the LangGraph checkpointer are
    built on first use, so a read-only command never pays for them."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    audit: AuditLog
    store: Store
    erp: ERP
    crm: CRM
    policy: Policy
    notifier: Notifier
    clock: Callable[[], datetime]
    claims: CaseClaims  # who may drive which case right now (see app/claims.py)
    write_backs: WriteBackQueue  # what the CRM must be told, kept until it is (see app/writebacks.py)
    _stack: ExitStack = field(repr=False)
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _built: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def checkpointer(self) -> Any:
        """LangGraph's durable checkpointer, shared by the case workflow and chat conversations."""
        return self._once("checkpointer", lambda: self._stack.enter_context(_checkpointer(self.settings)))

    @property
    def workflow_deps(self) -> WorkflowDeps:
        def build() -> WorkflowDeps:
            from countersign.agent.nodes import WorkflowDeps
            from countersign.app.extract_sandbox import extract_sandboxed, limits_from_settings, sandbox_available
            from countersign.app.metrics import metered_extract
            from countersign.extraction.assist import assist_from_settings

            settings = self.settings
            read = partial(extract_sandboxed, max_bytes=settings.max_upload_bytes, max_pages=settings.max_pages,
                           assist=assist_from_settings(settings), limits=limits_from_settings(settings))

            def remembering(data: bytes):  # with what corrections taught about vendors' layouts, as of now
                memory = self.vendor_memory.load()  # handed to the reading child as JSON
                return read(data, memory=memory.model_dump(mode="json") if memory.layouts else None)

            extract = metered_extract(remembering)
            return WorkflowDeps(store=self.store, erp=self.erp, crm=self.crm, policy=self.policy,
                                notifier=self.notifier, extract=extract, clock=self.clock,
                                write_backs=self.write_backs, extract_isolated=sandbox_available())

        return self._once("workflow_deps", build)

    @property
    def vendor_memory(self) -> VendorMemoryStore:
        """What corrections taught the reader about vendors' layouts (app/vendor_memory.py)."""
        from countersign.app.vendor_memory import VendorMemoryStore

        return self._once("vendor_memory", lambda: VendorMemoryStore(self.sessions))

    @property
    def graph(self) -> Any:
        """The compiled case workflow."""
        def build() -> Any:
            from countersign.agent.workflow import build_workflow

            configure_tracing(self.settings)
            return build_workflow(self.workflow_deps, self.checkpointer)

        return self._once("graph", build)

    def _once(self, name: str, build: Callable[[], Any]) -> Any:
        with self._lock:
            if name not in self._built:
                self._built[name] = build()
            return self._built[name]


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
        ready_schema(engine)
        sessions, reads = session_factory(engine), read_session_factory(engine)
        key = load_audit_key(settings.audit_key.get_secret_value() if settings.audit_key else None, settings.data_dir)
        audit = AuditLog(sessions, key=key, anchor=settings.anchor_path, reads=reads)
        store = Store(sessions, audit, settings.documents_dir, reads=reads)
        from countersign.app.metrics import MeteredERP  # not at import: `serve --http` sets up metrics first

        erp = MeteredERP((erp_factory or _erp_factory(settings))(sessions))
        crm = (crm_factory or _crm_factory(settings))(sessions)
        claims = CaseClaims(engine, postgres=settings.is_postgres, lock_dir=settings.data_dir / "claims")
        stack.callback(claims.close)
        write_backs = WriteBackQueue(sessions, audit, crm, clock)
        yield Services(settings, engine, sessions, audit, store, erp, crm, policy, notifier or NullNotifier(), clock,
                       claims, write_backs, stack)


def settle_heap() -> None:
    """Once a long-running process (`serve`'s app, a `worker`) has built its services: what
    start-up allocated (modules, classes, the ORM's and pydantic's schemas, the policy; ~250,000
    objects) lives as long as the process, so move it out of the cycle collector's sight
    (`gc.freeze`). Otherwise every full collection walks all of it with the interpreter stopped:
    100-190 ms, and in a burst of uploads one always fell among the acknowledgements (50
    simultaneous drops, app alone on SQLite: server-side ack p50 ~140 ms instead of ~35). After
    the freeze a full collection takes ~7 ms. For such a process's own use only, never one a test
    or another caller keeps using: frozen objects are never collected."""
    gc.freeze()


def configure_tracing(settings: Settings) -> None:
    """Tracing of the graphs is on only when COUNTERSIGN_TRACING says so, whatever the environment
    says (LANGSMITH_TRACING=true set for another program must not send invoices anywhere). Called
    when a graph is built, so read-only commands never load LangSmith."""
    import langsmith

    if settings.tracing != "langsmith":
        langsmith.configure(enabled=False)
        return
    key = settings.langsmith_api_key.get_secret_value() if settings.langsmith_api_key else None
    client = langsmith.Client(api_url=settings.langsmith_endpoint or None, api_key=key)
    langsmith.configure(enabled=True, project_name=settings.langsmith_project, client=client)


def _erp_factory(settings: Settings) -> Callable[[sessionmaker[Session]], ERP]:
    if settings.erp == "quickbooks":
        from countersign.adapters.quickbooks.factory import quickbooks_erp_from_settings

        return lambda sessions: quickbooks_erp_from_settings(settings, key_resolver=bill_identity_resolver(sessions))
    if settings.erp == "xero":
        from countersign.adapters.xero.factory import xero_erp_from_settings

        return lambda sessions: xero_erp_from_settings(settings, key_resolver=bill_identity_resolver(sessions))
    if settings.erp == "netsuite":
        from countersign.adapters.netsuite.factory import netsuite_erp_from_settings

        return lambda sessions: netsuite_erp_from_settings(settings)  # the external id is the key: no resolver
    if settings.erp == "businesscentral":
        from countersign.adapters.businesscentral.factory import bc_erp_from_settings

        return lambda sessions: bc_erp_from_settings(settings, key_resolver=bill_identity_resolver(sessions))
    if settings.erp == "intacct":
        from countersign.adapters.intacct.factory import intacct_erp_from_settings

        return lambda sessions: intacct_erp_from_settings(settings)  # the key is searchable in the bill: no resolver
    return LocalLedger


def _crm_factory(settings: Settings) -> Callable[[sessionmaker[Session]], CRM]:
    if settings.crm == "salesforce":
        from countersign.adapters.salesforce import SalesforceCRM, salesforce_client_from_settings

        return lambda sessions: SalesforceCRM(salesforce_client_from_settings(settings))
    if settings.crm == "hubspot":
        from countersign.adapters.hubspot.factory import hubspot_crm_from_settings

        return lambda sessions: hubspot_crm_from_settings(settings)
    if settings.crm == "dynamics":
        from countersign.adapters.dynamics.factory import dynamics_crm_from_settings

        return lambda sessions: dynamics_crm_from_settings(settings)
    if settings.crm == "pipedrive":
        from countersign.adapters.pipedrive.factory import pipedrive_crm_from_settings

        return lambda sessions: pipedrive_crm_from_settings(settings)
    return LocalCRM


CHECKPOINT_SETUP_LOCK = 0x63736370  # advisory-lock key held while LangGraph creates its checkpoint tables


def _setup_in_turn(saver: Any, timeout_seconds: float = 120.0) -> None:
    """LangGraph's checkpoint tables, created by one process at a time. Several start at once
    (gunicorn workers, replicas) and setup() inserts its migration rows unguarded. The lock is
    polled, never waited on: a session blocked in pg_advisory_lock holds a snapshot, and the
    setup's CREATE INDEX CONCURRENTLY in the lock holder would wait for it, a deadlock."""
    import time

    deadline = time.monotonic() + timeout_seconds
    while not saver.conn.execute("SELECT pg_try_advisory_lock(%s) AS got", (CHECKPOINT_SETUP_LOCK,)).fetchone()["got"]:
        if time.monotonic() > deadline:
            raise RuntimeError(f"another process has been creating the checkpoint tables for {timeout_seconds:.0f} s")
        time.sleep(0.1)
    try:
        saver.setup()
    finally:
        saver.conn.execute("SELECT pg_advisory_unlock(%s)", (CHECKPOINT_SETUP_LOCK,))


@contextmanager
def _checkpointer(settings: Settings):
    """LangGraph's durable checkpointer: Postgres saver on PostgreSQL, SQLite saver otherwise."""
    if settings.is_postgres:
        from langgraph.checkpoint.postgres import PostgresSaver

        url = settings.db_url.replace("postgresql+psycopg://", "postgresql://")
        with PostgresSaver.from_conn_string(url) as saver:
            _setup_in_turn(saver)
            yield saver
        return
    from langgraph.checkpoint.sqlite import SqliteSaver

    conn = sqlite3.connect(settings.checkpoint_path, check_same_thread=False)
    try:
        yield SqliteSaver(conn)
    finally:
        conn.close()
