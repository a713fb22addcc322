"""The offline planner understands how people ask (issue 17's everyday questions), in five
languages; references resolve against the store and the CRM; a failing model falls back to it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage
from pydantic import SecretStr

from countersign.agent.approvals import decide
from countersign.agent.chat.resolve import parse_amount, parse_day, resolve_case
from countersign.agent.chat.understand import detect_language, read
from countersign.agent.runner import process_file
from countersign.app.chat import chat_model, make_ask
from countersign.domain import Verdict
from tests.openai_stub import OpenAIStub

CLERK, AP, CONTROLLER = "U0AP0CLERK", "U0APMGR01", "U0CONTROL"


@pytest.fixture
def worked(services, demo_pdfs):
    cases = {name: process_file(services, path, uploader=CLERK).case_id for name, path in demo_pdfs.items()}
    [proposal] = services.store.proposals_for_case(cases["clean"])
    decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
    return services, cases


def _tools(services) -> list[str]:
    [event] = [e for e in services.audit.events() if e.action == "chat_answered"][-1:]
    return [c["name"] for c in event.payload["tools"]]


def test_the_everyday_questions_of_the_issue(worked):
    services, cases = worked
    ask = make_ask(services)
    stuck = ask("how come the nortwind bill is stuck", user_id=AP, conversation_id="e1")  # vendor, with a typo
    assert stuck.startswith("Invoice NW-5602") and "Northwind Office Supplies Inc" in stuck
    sign = ask("anything for me to sign?", user_id=CONTROLLER, conversation_id="e2")
    assert "Priya Shah" in sign and "INV-88120" in sign
    blocked = ask("which invoices are blocked?", user_id=AP, conversation_id="e3")
    assert {"INV-1001", "GX-2026-118", "UC-77"} <= set(blocked.replace(" ", "\n").split("\n"))
    assert "INV-1043" not in blocked and _tools(services) == ["list_invoices"]
    budget = ask("which invoices are over budget", user_id=AP, conversation_id="e4")
    assert "NW-5602" in budget and "INV-88120" not in budget
    vendor = ask("who is Acme Tools?", user_id=AP, conversation_id="e5")
    assert "Acme Tools Ltd (V001)" in vendor
    deal = ask("why hasn't OPP-3001 been invoiced yet?", user_id=AP, conversation_id="e6")
    assert "OPP-3001" in deal and "Blue Harbor Retail" in deal and _tools(services) == ["deal_status"]
    amount = ask("what's the status of the 24,000.00 invoice?", user_id=AP, conversation_id="e7")
    assert "INV-88120" in amount
    by_po = ask("why is the invoice on PO-2004 stuck?", user_id=AP, conversation_id="e8")
    assert "GX-2026-118" in by_po and "BANK_DETAILS_CHANGED" in by_po


def test_german_question_german_answer_and_the_follow_up(worked):
    services, _ = worked
    ask = make_ask(services)
    answer = ask("Warum hängt die Rechnung INV-88120 fest?", user_id=AP, conversation_id="de1")
    assert answer.startswith("Die Rechnung INV-88120") and "in Freigabe" in answer
    assert "Priya Shah (U0CONTROL)" in answer and "24000.00 USD" in answer
    follow = ask("und wer kann sie freigeben?", user_id=AP, conversation_id="de1")
    assert "Priya Shah (U0CONTROL)" in follow and "Alex Chen" not in follow.split("\n")[1]
    english = ask("and who can approve it?", user_id=AP, conversation_id="de1")
    assert "It waits for 1 approval(s)" in english


@pytest.mark.parametrize(("question", "start"), [
    ("Pourquoi la facture GX-2026-118 est-elle bloquée ?", "La facture GX-2026-118"),
    ("¿Por qué está atascada la factura GX-2026-118?", "La factura GX-2026-118"),
    ("Waarom zit factuur GX-2026-118 vast?", "De factuur GX-2026-118"),
])
def test_french_spanish_dutch_answers_keep_case_data_verbatim(worked, question, start):
    services, _ = worked
    answer = make_ask(services)(question, user_id=AP, conversation_id=question)
    assert answer.startswith(start) and "BANK_DETAILS_CHANGED" in answer
    message = next(w.message for w in services.store.find_case("GX-2026-118").policy_result.violations)
    assert message in answer  # the policy's own words, quoted


@pytest.mark.parametrize("request_", ["Genehmige INV-88120 jetzt", "approuve INV-88120 maintenant",
                                      "por favor aprueba INV-88120", "wijs INV-88120 alsjeblieft af",
                                      "approve INV-88120 please"])
def test_requests_to_act_are_refused_in_every_language(worked, request_):
    services, cases = worked
    before = len(services.audit.events())
    answer = make_ask(services)(request_, user_id=AP, conversation_id=request_)
    assert "countersign approve" in answer and _tools(services) == []
    assert not [e for e in services.audit.events()[before:] if e.action.startswith("decision")]
    assert services.store.get_case(cases["senior"]).status == "awaiting_approval"


def test_questions_that_mention_approving_are_not_requests_to_act():
    from countersign.agent.chat.planner import plan, wants_action

    for question in ("what is waiting for me to approve?", "wer kann sie freigeben?", "qui peut la valider ?",
                     "¿quién puede aprobarla?", "wie mag dat accorderen?"):
        assert not wants_action(question), question
    assert plan("und wer kann sie freigeben?", "INV-88120") == [("case_status", {"case": "INV-88120"})]
    assert plan("which invoices are over 10000?", None) == [("list_invoices", {"over": "10000"})]


def test_language_is_told_by_cue_words():
    assert [detect_language(q) for q in ("why is it stuck?", "Warum hängt sie fest?", "Où en est la facture ?",
                                         "¿Qué facturas están vencidas?", "Welke facturen zijn geblokkeerd?")] == \
        ["en", "de", "fr", "es", "nl"]
    assert read("whats teh stauts of INV-1").score("status") >= 1  # a typo in a cue word still counts


def test_references_resolve_by_amount_date_po_and_fuzzy_vendor(worked):
    services, cases = worked
    all_cases = services.store.list_cases()
    assert parse_amount("24,000.00") == Decimal("24000.00") and parse_amount("1.296,00") == Decimal("1296.00")
    assert parse_amount("Initech") is None and parse_day("13.11.2026").isoformat() == "2026-11-13"
    assert resolve_case("24000", all_cases).id == cases["senior"]
    assert resolve_case("2026-11-13", all_cases).id == cases["senior"]
    assert resolve_case("PO-2004", all_cases).id == cases["bank"]
    assert resolve_case("Umbrela Caterng", all_cases).id == cases["unknown"]
    assert resolve_case("acme", all_cases).id == cases["duplicate"]  # of two Acme invoices, the open one
    assert resolve_case("quarterly report", all_cases) is None


def test_a_failing_model_falls_back_to_the_offline_planner(worked):
    """The model's API answers 503 (after the client's retries): the offline planner answers the
    same question with the same tools, and the audit log says why."""
    services, _ = worked
    with OpenAIStub([{"status": 503}] * 3) as stub:
        settings = services.settings.model_copy(update={
            "openai_model": "gpt-test", "openai_base_url": stub.base_url, "openai_api_key": SecretStr("sk-x")})
        answer = make_ask(services, chat_model(settings))("why is the initech invoice stuck?", user_id=AP,
                                                          conversation_id="fb1")
    assert len(stub.requests) == 3  # the model was tried (with the client's two retries)
    assert "INV-88120" in answer and "Priya Shah (U0CONTROL)" in answer
    [event] = [e for e in services.audit.events() if e.action == "chat_answered"][-1:]
    assert event.payload["fallback"].startswith("model failed") and event.payload["tools"][0]["name"] == "case_status"


class _Costly(FakeMessagesListChatModel):
    def bind_tools(self, tools, **kwargs):
        return self


def test_a_turn_over_its_token_budget_is_finished_offline(worked):
    services, _ = worked
    call = AIMessage(content="", tool_calls=[{"name": "case_status", "args": {"case": "INV-88120"}, "id": "c1"}],
                     usage_metadata={"input_tokens": 30_000, "output_tokens": 10, "total_tokens": 30_010})
    model = _Costly(responses=[call, AIMessage(content="never asked")])
    answer = make_ask(services, model)("why did INV-88120 stall?", user_id=AP, conversation_id="fb2")
    assert answer.startswith("Invoice INV-88120") and "never asked" not in answer
    [event] = [e for e in services.audit.events() if e.action == "chat_answered"][-1:]
    assert "token budget" in event.payload["fallback"]




def test_the_eval_catches_an_answer_naming_a_refused_approver(worked):
    """evals.agent counts answers that name someone the policy would refuse: Alex Chen requested
    PO-2003, so naming him as INV-88120's approver is caught; Priya Shah is fine."""
    from evals.agent_gen import refused_named

    services, _ = worked
    bad = "Invoice INV-88120 ...\nIt waits for 1 approval(s) from role controller (senior band): Alex Chen (U0CFO0001)."
    good = bad.replace("Alex Chen (U0CFO0001)", "Priya Shah (U0CONTROL)")
    assert refused_named(services, bad, AP) == ["U0CFO0001 named for INV-88120"]
    assert refused_named(services, good, AP) == []


def test_a_model_may_name_a_deal_or_invoice_as_people_do(worked):
    """The tools resolve what a model passes on verbatim: a deal by its name (against the CRM), an
    invoice by its vendor (against the store)."""
    services, _ = worked
    calls = AIMessage(content="", tool_calls=[
        {"name": "deal_status", "args": {"deal": "Blue Harbor fit-out"}, "id": "d1"},
        {"name": "case_status", "args": {"case": "globex industrial"}, "id": "c1"}])
    model = _Costly(responses=[calls, AIMessage(content="done")])
    make_ask(services, model)("why hasn't the Blue Harbor fit-out been invoiced, and the Globex bill?",
                              user_id=AP, conversation_id="names1")
    state = services.checkpointer.get({"configurable": {"thread_id": f"chat:{AP}:names1"}})
    results = {m.name: m.content for m in state["channel_values"]["messages"] if m.type == "tool"}
    assert '"deal": "OPP-3001"' in results["deal_status"]
    assert '"invoice_number": "GX-2026-118"' in results["case_status"]


@pytest.mark.parametrize("request_", [
    "Buche INV-1043 sofort", "kannst du UC-77 für mich freigeben?", "Gib UC-77 frei", "Lehne UC-77 ab",
    "comptabilise UC-77 tout de suite", "peux-tu approuver UC-77 pour moi ?", "Pourriez-vous rejeter UC-77 ?",
    "contabiliza UC-77 ya", "¿puedes aprobar UC-77 por mí?", "¿Me aprobarías UC-77?",
    "boek UC-77 meteen", "kun je UC-77 voor mij goedkeuren?", "Keur factuur UC-77 goed", "wijs UC-77 af",
    "kindly approve UC-77", "ok, and pay UC-77",
    # a Spanish pronoun on the verb, German imperatives without -e and commands by infinitive, openers
    "págamela ya, UC-77", "¿puedes anularla?", "Entsperr UC-77", "UC-77 heute noch stornieren",
    "allez, valide UC-77", "lance le virement pour UC-77", "laat UC-77 er gewoon door", "scrap UC-77",
    # a duty and the act done, in a statement or with "can you do that"; a payment run with a verb of putting
    # in any order; an act after a relative "qui"; recoding to another account
    "UC-77 has to be paid by tonight", "UC-77 sollte bis Freitag gebucht sein, kannst du das erledigen?",
    "UC-77 doit être payée demain", "UC-77 tiene que estar pagada hoy", "UC-77 moet nog vandaag betaald worden",
    "UC-77 bitte noch in den Zahllauf von morgen nehmen", "UC-77 in de betaalrun van vrijdag zetten aub",
    "la facture qui traîne depuis lundi, UC-77, valide-la stp", "reclassify UC-77 to account 6200 please",
    "UC-77 auf Kostenstelle 410 umbuchen"])
def test_requests_to_act_are_told_in_every_language(request_):
    from countersign.agent.chat.planner import wants_action

    assert wants_action(request_)


@pytest.mark.parametrize("question", [
    "Muss ich noch etwas freigeben?", "Was muss ich jetzt noch freigeben?", "what do I need to approve now?",
    "kannst du mir sagen, wer UC-77 freigeben darf?", "can you tell me who can approve UC-77",
    "kun je kijken hoe het met factuur UC-77 staat?", "geef me de geschiedenis van UC-77", "update on INV-1043?",
    "Gib mir die Liste der überfälligen Rechnungen", "Y a-t-il quelque chose à signer pour moi ?",
    "¿qué tengo pendiente de aprobar?", "tu peux vérifier où en est UC-77 ?", "en wie mag deze goedkeuren?",
    "ik wil weten wie UC-77 moet goedkeuren", "was ist bei UC-77 noch zu genehmigen", "dame la lista de facturas",
    # a duty asked as a question, and a payment run asked about
    "does UC-77 have to be paid this week?", "wann muss UC-77 bezahlt sein", "est-ce que UC-77 doit être payée ?",
    "is UC-77 already in the payment run?", "which invoices must be paid by Friday"])
def test_questions_with_act_verbs_are_still_questions(question):
    from countersign.agent.chat.planner import wants_action

    assert not wants_action(question)


@pytest.mark.parametrize(("question", "tool"), [
    ("Zeig mir den Verlauf der Rechnung UC-77", "audit_trail"), ("journal d'audit de INV-1043", "audit_trail"),
    ("¿Quién modificó UC-77?", "audit_trail"), ("logboek van factuur UC-77", "audit_trail"),
    ("Warum stimmt NW-5602 nicht mit der Bestellung überein?", "explain_variance"),
    ("¿Nos cobraron de más en NW-5602?", "explain_variance"), ("Waarom is NW-5602 duurder dan de bestelling?",
                                                                "explain_variance"),
    ("Wat staat er open voor mij?", "pending_approvals"), ("ai-je des factures à approuver ?", "pending_approvals"),
    ("Wat weten we over leverancier Soylent Foods?", "match_vendor"), ("factures supérieures à 5000", "list_invoices"),
    ("Inhalt der Bestellung PO-2001", "lookup_po"), ("any news on the invoice for PO-2001?", "case_status"),
    ("Waarom schiet UC-77 niet op?", "case_status"),
    # a number typed without its dash, a French amount, a glance at an invoice whose supplier calls
    ("where is inv1043 at?", "case_status"), ("où en est la facture de 1 296,00 ?", "case_status"),
    ("jette un œil à la facture Globex, le fournisseur a appelé", "case_status"),
    # lists the asker wants to see, not their own queue; "wie" is German "how"
    ("envoie-moi les factures en attente d'approbation", "list_invoices"),
    ("Wie viele Rechnungen sind blockiert?", "list_invoices"), ("factures en retard chez Acme", "list_invoices")])
def test_everyday_words_per_intent_and_language(question, tool):
    from countersign.agent.chat.planner import plan

    assert [name for name, _ in plan(question, None)] == [tool]


def test_every_cue_is_a_word_a_stem_or_a_phrase():
    """A stem inside a phrase ("mayor* de") would silently never match; each part of a pair may be one."""
    from countersign.agent.chat.lexicon import CUES

    parts = [p for g in CUES.values() for cues in g.values() for c in cues for p in c.split("+")]
    assert not [p for p in parts if "*" in p[:-1]]
    # nor would a part of a pair that is several words: a pair's parts are single words
    pairs = [c for g in CUES.values() for cues in g.values() for c in cues if "+" in c]
    assert not [c for c in pairs if any(" " in p for p in c.split("+"))]


@pytest.mark.parametrize(("question", "tool"), [
    ("why is NW-5602 higher than the PO?", "explain_variance"), ("Warum ist NW-5602 höher als die Bestellung?",
                                                                 "explain_variance"),
    ("pourquoi NW-5602 est plus élevée que la commande ?", "explain_variance"),
    ("¿facturas mayores de 10000?", "list_invoices"), ("Und Umbrella Catering?", "case_status"),
    ("Qu'en est-il de Globex Industrial ?", "case_status"), ("Wer zeichnet das ab?", "case_status"),
    ("wie geeft deze vrij?", "case_status"), ("bei wem soll ich wegen der Freigabe nachfragen?", "case_status")])
def test_comparisons_bare_names_and_separable_follow_ups(question, tool):
    from countersign.agent.chat.planner import plan

    assert [name for name, _ in plan(question, "UC-77")] == [tool]


def test_an_invoice_number_without_its_dash_and_amounts_grouped_by_spaces():
    from countersign.agent.chat.understand import fold, references

    assert references("status of inv1043").case == "INV1043"
    assert references("vendor with tax id DE811569869").case is None  # a tax id is no invoice number
    assert references("la facture de 1 296,00").amount == "1 296,00"
    assert parse_amount("1\u00a0296,00") == Decimal("1296.00")
    assert fold("un coup d'œil") == "un coup d oeil"
    # other separators for the dashes, and a time of day is no invoice number
    assert references("trail of kx/2025/77 please").case == "KX-2025-77"
    assert references("Verlauf von RG.4410").case == "RG-4410"
    assert references("status INV–9001").case == "INV-9001"
    assert references("Rechnung Nr.4410").case is None and references("ca.1500 EUR").case is None
    assert references("alle blockierten Rechnungen, brauch sie um 16 Uhr").case is None
    assert references("der Lieferant mit Steuernummer 12-3456789").tax_id == "12-3456789"
    assert references("el proveedor con NIF 12-3456789").case is None


def test_a_name_no_invoice_answers_to_is_asked_of_the_crm(worked):
    """No invoice's vendor is called "Meridian": the planner asks the CRM for a deal by that name
    (at once, or after no invoice answered to it); a customer with several deals is asked which one,
    each named."""
    services, _ = worked
    ask = make_ask(services)
    pilot = ask("has the Meridian drills pilot been billed?", user_id=AP, conversation_id="n1")
    assert "OPP-2991" in pilot and _tools(services)[-1] == "deal_status"
    assert "SI-00002" in pilot
    several = ask("has Blue Harbor Retail been invoiced yet?", user_id=AP, conversation_id="n2")
    assert all(deal in several for deal in ("OPP-2990", "OPP-3001", "OPP-3004"))


def test_a_pronoun_is_not_taken_for_a_name():
    from countersign.agent.chat.planner import plan

    assert plan("et pourquoi est-elle bloquée ?", "UC-77") == [("case_status", {"case": "UC-77"})]
    assert plan("en waarom zit hij vast?", "UC-77") == [("case_status", {"case": "UC-77"})]
    assert plan("what is the weather today?", None) == []


@pytest.mark.parametrize(("question", "tool"), [
    ("Warum passt NW-5602 nicht zur Bestellung?", "explain_variance"),  # negation apart from its verb
    ("waarom klopt NW-5602 niet met de inkooporder?", "explain_variance"),
    ("why doesn't NW-5602 match the PO?", "explain_variance"),
    ("who touched NW-5602?", "audit_trail"),
    ("¿quién ha tocado NW-5602?", "audit_trail"),
    ("kun je kijken hoe het met factuur INV-1043 staat?", "case_status"),  # "kijken" is a word, not a typo of "wijken"
    ("do we have Soylent on file?", "match_vendor"),  # "file" is not part of the name
    ("qui est intervenu sur INV-88120 ?", "audit_trail"),
])
def test_cues_that_stand_apart_and_known_words_that_are_not_typos(question, tool):
    from countersign.agent.chat.planner import plan

    [(name, _args)] = plan(question, None)
    assert name == tool


def test_a_german_compound_is_read_by_its_head():
    """"Zahlungsverzug" is "Verzug" (overdue), "Eingangsrechnungen" is "Rechnungen": compounds
    are made freely, so a cue word also counts as the head of a longer word (German, Dutch)."""
    assert read("Eingangsrechnungen").score("invoices", ("de",)) == 1
    assert read("welke inkoopfacturen").score("invoices", ("nl",)) == 1
    assert read("Lagerbestand").score("status", ("de",)) == 0  # "stand" is too short to be a head
    assert read("reinvoices").score("invoices", ("en",)) == 0  # English does not compound so


def test_amounts_scaled_by_a_suffix_or_glued_into_a_compound_and_spaced_deal_ids():
    from countersign.agent.chat.understand import references

    assert references("invoices over 15k").amount == "15000"
    assert references("facturas de más de 3 mil").amount == "3000"
    assert references("Rechnungen über 2,5 Tsd. Euro").amount == "2500"
    assert references("anything above 1.2 mio?").amount == "1200000"
    glued = references("wo hängt die 300-Euro-Rechnung?")  # the amount and its currency inside a compound
    assert glued.amount == "300" and glued.words == ""
    assert references("la factura de 480 dólares").words == ""
    spaced = references("why is OPP 2990 not billed?")
    assert spaced.opps == ("OPP-2990",) and spaced.deal == "OPP-2990" and spaced.amount is None


@pytest.mark.parametrize(("question", "args"), [
    ("how many invoices are overdue?", {"which": "overdue"}),
    ("combien de factures sont bloquées ?", {"which": "blocked"}),
    ("hoeveel facturen zijn geblokkeerd?", {"which": "blocked"}),
    ("¿cuántas facturas están vencidas?", {"which": "overdue"}),
    ("send me each invoice from the supplier Globex", {"vendor": "Globex"}),  # "each invoice" means them all
    ("alle Rechnungen vom Lieferanten Globex", {"vendor": "Globex"}),
    ("las facturas de la empresa Globex", {"vendor": "Globex"}),
    ("which bills ought to have been paid by now?", {"which": "overdue"}),
    ("welke facturen hadden we al moeten betalen?", {"which": "overdue"}),
    ("invoices that still need approval", {"which": "waiting"}),
    ("les factures qui attendent une signature", {"which": "waiting"}),  # "qui" relates, it does not ask
])
def test_counting_questions_filters_and_every_invoice_are_lists(question, args):
    from countersign.agent.chat.planner import plan

    assert plan(question, "UC-77") == [("list_invoices", args)]


@pytest.mark.parametrize("question", [
    "who has the authority to approve this?", "wer hat die Befugnis, das freizugeben?",
    "qui a le pouvoir de signer celle-ci ?", "¿quién tiene la facultad de aprobarla?",
    "wie is bevoegd om deze goed te keuren?", "wen soll ich anschreiben, damit die freigegeben wird?"])
def test_who_may_approve_asked_through_rights_desks_or_whom_to_contact(question):
    from countersign.agent.chat.planner import plan

    assert plan(question, "UC-77") == [("case_status", {"case": "UC-77"})]


def test_a_follow_up_leans_on_a_reference_a_tool_found_something_by():
    """A first turn whose words matched nothing is not the "it" of the next question."""
    from langchain_core.messages import HumanMessage, ToolMessage

    from countersign.agent.chat.history import previous_case as _previous_case

    def turn(ref: str, status: str) -> list:
        call = {"name": "case_status", "args": {"case": ref}, "id": f"call-{ref}", "type": "tool_call"}
        return [HumanMessage(ref), AIMessage(content="", tool_calls=[call]),
                ToolMessage("{}", tool_call_id=f"call-{ref}", status=status), AIMessage("…")]

    messages = turn("UC-77", "success") + turn("sigue colgada", "error") + [HumanMessage("¿y quién la aprueba?")]
    assert _previous_case(messages) == "UC-77"
    assert _previous_case(turn("sigue colgada", "error") + [HumanMessage("¿y quién la aprueba?")]) is None


@pytest.mark.parametrize("request_", [
    "add INV-1043 to the payment batch", "pack UC-77 in den Zahlungslauf", "ajoute UC-77 au lot de paiement",
    "incluye UC-77 en la remesa", "voeg UC-77 toe aan de betaalrun", "can you put UC-77 in the pay run?"])
def test_putting_an_invoice_into_a_payment_run_is_a_request_to_act(request_):
    from countersign.agent.chat.planner import wants_action

    assert wants_action(request_)


@pytest.mark.parametrize("question", [
    "is UC-77 in the payment run?", "warum ist UC-77 nicht im Zahllauf?",
    "je ne vois pas UC-77 dans le lot de paiement"])
def test_a_question_about_the_payment_run_is_still_a_question(question):
    from countersign.agent.chat.planner import wants_action

    assert not wants_action(question)


@pytest.mark.parametrize(("question", "tool"), [
    ("INV-1043 looks off vs the order", "explain_variance"),
    ("NW-5602 est décalée par rapport à la commande", "explain_variance"),
    ("NW-5602 está desfasada respecto al pedido", "explain_variance"),
    ("de prijs op NW-5602 lijkt niet te kloppen", "explain_variance"),
    ("la facture de la commande PO-2004 est-elle payée ?", "case_status"),  # the PO named by its own noun
    ("¿se pagó la factura del pedido PO-2004?", "case_status"),
    ("quick look at PO-2002", "lookup_po"), ("kun je PO-2002 even bekijken?", "lookup_po"),
    ("crediteurnummer van Globex?", "match_vendor")])
def test_variance_words_po_nouns_and_glances(question, tool):
    from countersign.agent.chat.planner import plan

    assert [name for name, _ in plan(question, None)] == [tool]


def test_the_help_is_in_the_askers_language():
    from countersign.agent.chat.phrasing import TEMPLATES, tr

    english = tr("en", "capabilities")
    for lang in ("de", "fr", "es", "nl"):
        assert "capabilities" in TEMPLATES[lang] and tr(lang, "capabilities") != english
        assert tr(lang, "capabilities").count("\n- ") == english.count("\n- ")


@pytest.mark.parametrize("request_", [
    # a verb no lexicon knows, done to one named thing: a determiner or the thing's number follows it
    "trash INV-1043, it came in twice", "zap the Globex invoice", "unfreeze UC-77 pls", "tick off INV-1043 as settled",
    "schieß UC-77 ab", "nuke la facture UC-77", "archiva la factura UC-77", "parkeer de factuur UC-77",
    # syncing an invoice to the ERP is posting it; German and Dutch commands by a verb last, particle glued on
    "sync INV-1043 into Xero", "die Zahlsperre bei UC-77 rausnehmen bitte", "UC-77 gleich durchwinken",
    "de blokkade op UC-77 opheffen graag", "go ahead and ok UC-77"])
def test_a_command_by_a_verb_no_lexicon_knows_is_refused(request_):
    from countersign.agent.chat.planner import wants_action

    assert wants_action(request_)


@pytest.mark.parametrize("question", [
    "paste the history of UC-77 in here", "grab the contents of PO-2001", "kurz die Bestellung PO-2001 anzeigen",
    "zet alle facturen van Acme even op een rij", "morning, UC-77 status pls", "fetch me every blocked invoice",
    "gibt es bei UC-77 Abweichungen", "quick peek at PO-2001", "summarize the Globex invoice"])
def test_a_request_to_see_something_is_no_command(question):
    from countersign.agent.chat.planner import wants_action

    assert not wants_action(question)


@pytest.mark.parametrize(("question", "tool", "args"), [
    ("what's on p.o. 2003", "lookup_po", {"po_number": "PO-2003"}),
    ("PO no. 2002 lines please", "lookup_po", {"po_number": "PO-2002"}),
    ("where does gx 2026 118 stand", "case_status", {"case": "GX-2026-118"}),
    ("any update on gx2026-118?", "case_status", {"case": "GX2026-118"}),
    ("is the bill dated 13 Nov paid?", "case_status", {"case": "--11-13"}),
    ("die Rechnung vom 13. November, schon bezahlt?", "case_status", {"case": "--11-13"}),
    ("la factura del 13/11 ya se pagó?", "case_status", {"case": "--11-13"}),  # day first outside English
    ("has the opportunité 3001 been billed?", "deal_status", {"deal": "3001"}),
    ("show me the step-by-step of UC-77, who and when", "audit_trail", {"case": "UC-77"}),
    ("welche Rechnungen brauchen noch eine Freigabe", "list_invoices", {"which": "waiting"}),
    ("liste des factures émises par Globex", "list_invoices", {"vendor": "Globex"})])
def test_references_typed_loosely_dates_without_a_year_and_audit_and_list_wordings(question, tool, args):
    from countersign.agent.chat.planner import plan

    assert plan(question, None) == [(tool, args)]


def test_loose_references_resolve_against_the_store_and_the_crm(worked):
    services, cases = worked
    all_cases = services.store.list_cases()
    assert resolve_case("--11-13", all_cases).id == cases["senior"]  # any year
    assert resolve_case("13/11", all_cases).id == cases["senior"] and resolve_case("11/13", all_cases).id == cases[
        "senior"]  # day first or (American) month first
    assert resolve_case("--02-30", all_cases) is None and resolve_case("P.O. 2004", all_cases).id == cases["bank"]
    ask = make_ask(services)
    assert "OPP-3001" in ask("deal 3001 invoiced yet?", user_id=AP, conversation_id="loose-1")
    assert "PO-2002" in ask("po#2002 contents?", user_id=AP, conversation_id="loose-2")
    assert "INV-88120" in ask("inv 88120 where is it", user_id=AP, conversation_id="loose-3")


@pytest.mark.parametrize(("question", "tool", "args"), [
    # a person to go to: "I" or an approving verb right after the who-word; not the asker's queue
    ("who should I nudge so this gets signed?", "case_status", {"case": "UC-77"}),
    ("qui la valide, celle-là ?", "case_status", {"case": "UC-77"}),
    ("wie moet ik bellen voor de goedkeuring?", "case_status", {"case": "UC-77"}),
    ("who is waiting on my approval?", "pending_approvals", {}),
    # a vendor with its legal form is a list's vendor wherever it stands
    ("welke facturen heeft Globex Industrial GmbH gestuurd?", "list_invoices", {"vendor": "Globex Industrial GmbH"}),
    ("hay facturas que envió Acme Tools Ltd?", "list_invoices", {"vendor": "Acme Tools Ltd"})])
def test_whom_to_go_to_and_a_vendor_by_its_legal_form(question, tool, args):
    from countersign.agent.chat.planner import plan

    assert plan(question, "UC-77") == [(tool, args)]


@pytest.mark.parametrize("request_", ["den Betrag von UC-77 auf 90 ändern und weiterleiten",
                                      "zet UC-77 terug op 90 euro", "quítale la retención a UC-77"])
def test_a_german_verb_in_ern_and_spanish_clitics_are_commands_too(request_):
    from countersign.agent.chat.planner import wants_action

    assert wants_action(request_)
    assert detect_language("quítale la retención a UC-77") == "es"  # its accents are no French ones


def test_an_invoice_by_what_was_bought_or_its_due_date_and_a_deal_by_more_of_its_name(worked):
    services, cases = worked
    all_cases = services.store.list_cases()
    assert resolve_case("the impact drivers", all_cases).id == cases["duplicate"]  # INV-1001's line
    assert resolve_case("mounting brackets pls", all_cases).id == cases["bank"]
    assert resolve_case("seit Wochen", all_cases) is None  # a short word is no typo of "set"
    assert resolve_case("--11-28", all_cases).id == cases["unknown"]  # no invoice dated then: due then
    ask = make_ask(services)
    assert "OPP-3001" in ask("has the Blue Harbor store fit-out been billed?", user_id=AP, conversation_id="fit")
    answer = ask("which supplier record has DE811569869?", user_id=AP, conversation_id="vat")  # no label
    assert "Globex" in answer and _tools(services) == ["match_vendor"]


@pytest.mark.parametrize(("question", "tool", "args"), [
    ("what does purchase order 2003 cover?", "lookup_po", {"po_number": "PO-2003"}),
    ("Positionen der Bestellung Nr. 2002?", "lookup_po", {"po_number": "PO-2002"}),
    ("USt-IdNr. DE811569869, welcher Kreditor?", "match_vendor", {"tax_id": "DE811569869"}),
    ("and which person signs this one off?", "case_status", {"case": "UC-77"}),
    ("et l'approbateur pour celle-ci ?", "case_status", {"case": "UC-77"}),
    ("Could you compile the invoices with a payment block?", "list_invoices", {"which": "blocked"})])
def test_po_words_labelled_tax_ids_approver_nouns_and_blocked_lists(question, tool, args):
    from countersign.agent.chat.planner import plan

    assert plan(question, "UC-77") == [(tool, args)]
