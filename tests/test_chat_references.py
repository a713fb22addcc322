"""How the chat finds what a person means when the message carries words of its own around the
name: a vendor's invoice by what was bought, a PO by its invoice's vendor or goods, long messages,
follow-ups whose words name nothing, list filters by who sent the invoices."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.resolve import resolve_case
from countersign.agent.chat.understand import read, references
from countersign.agent.runner import process_file
from countersign.app.chat import make_ask

CLERK, AP = "U0AP0CLERK", "U0APMGR01"


@pytest.fixture
def worked(services, demo_pdfs):
    cases = {name: process_file(services, path, uploader=CLERK).case_id for name, path in demo_pdfs.items()}
    return services, cases


def test_of_a_vendors_invoices_the_one_for_what_was_bought_wins(worked):
    services, cases = worked
    all_cases = services.store.list_cases()
    # Acme sent two invoices: drills (INV-1043) and impact driver kits (INV-1001)
    assert resolve_case("Acme drill", all_cases).id == cases["clean"]
    assert resolve_case("Acme impact driver", all_cases).id == cases["duplicate"]
    assert resolve_case("the Acme one with the cordless drills please", all_cases).id == cases["clean"]


def test_lower_case_words_no_invoice_has_do_not_outvote_the_goods(worked):
    services, cases = worked
    all_cases = services.store.list_cases()
    assert resolve_case("pls check toner cartridges asap thanks", all_cases).id == cases["variance"]
    # a capitalized word no invoice has may be another thing's name: a customer's deal, not the drills
    assert resolve_case("Meridian drills pilot", all_cases) is None


@pytest.mark.parametrize(("ref", "kind"), [
    ("die Rechnung über die Bohrmaschinen", "clean"), ("la facture des perceuses", "clean"),
    ("de factuur voor de boormachines", "clean"), ("la factura de los cartuchos", "variance"),
    ("die Druckerpatronen-Rechnung", "variance"), ("la facture du traiteur", "unknown")])
def test_goods_and_suppliers_named_in_the_askers_language(worked, ref, kind):
    """The lines and vendors are in English; the question names them in German, French, Spanish or Dutch."""
    services, cases = worked
    assert resolve_case(references(ref).words, services.store.list_cases()).id == cases[kind]  # as the planner asks


def test_the_glossary_maps_words_compounds_and_endings_to_one_concept():
    from countersign.agent.chat.goods import concepts, same_thing

    assert same_thing("Akkubohrer", "drills") and same_thing("Druckerpapier", "paper")
    assert same_thing("taladros", "drill") and not same_thing("Industrial", "pilot")  # "trial" is no head there
    assert concepts("Northwind") == frozenset() and concepts("please") == frozenset()


def test_a_purchase_order_by_the_vendor_or_goods_of_its_invoice(worked):
    services, _ = worked
    ask = make_ask(services)
    globex = ask("what's on the Globex PO?", user_id=AP, conversation_id="po1")
    assert "PO-2004" in globex and "Globex Industrial GmbH" in globex
    toner = ask("zeig mir die Bestellung für die Toner-Kartuschen", user_id=AP, conversation_id="po2")
    assert "PO-2002" in toner


@pytest.mark.parametrize("follow_up", [
    "could another person approve it",  # words no invoice answers to
    "my boss is away, who else could sign it?",  # words neither an invoice nor a deal answers to
])
def test_a_follow_up_whose_words_name_nothing_stays_on_the_conversations_invoice(worked, follow_up):
    services, _ = worked
    ask = make_ask(services)
    ask("where is UC-77 at?", user_id=AP, conversation_id="f1")
    again = ask(follow_up, user_id=AP, conversation_id="f1")
    assert "UC-77" in again and "Priya Shah" in again


def test_a_long_messages_leftovers_keep_the_capitalized_name():
    words = references("Estoy revisando el forecast trimestral con mi equipo comercial y quiero saber si la "
                       "oportunidad de Northshore ya tiene factura").words
    assert "Northshore" in words and len(words) <= 64


def test_swapped_letters_still_read_as_invoices_but_singular_and_plural_stay_apart():
    assert read("list all invocies over 5k").has("invoices")
    assert not read("the invoice").has("invoices")
    # a typo is looked for in the asker's own language: Dutch "helder" is no German "Felder"
    assert not read("helder, wie moet dit goedkeuren").has("extraction")


@pytest.mark.parametrize(("question", "args"), [
    ("the invoices Globex sent us last month, pls", {"vendor": "Globex"}),
    ("welche Rechnungen, die Globex uns geschickt hat, sind offen?", {"vendor": "Globex"}),
    ("toutes les factures que Globex nous a envoyées", {"vendor": "Globex"}),
    ("facturas que nos ha enviado Globex", {"vendor": "Globex"}),
    ("invoices of 5,000 or more", {"over": "5,000"}),
    ("facturen die nog in het goedkeuringsproces zitten", {"which": "waiting"}),
    ("les factures en cours de validation", {"which": "waiting"}),
    ("Rechnungen, die schon fällig waren", {"which": "overdue"}),
    ("any invoices north of 15k?", {"over": "15000"}),
    ("les factures qui dépassent 3 000 €", {"over": "3 000"}),  # over an amount, not over a PO's budget
    ("facturas por arriba de 5 mil", {"over": "5000"}),
    ("Rechnungen, die uns Globex gestellt hat", {"vendor": "Globex"}),
    ("facturen die ons Globex heeft gestuurd", {"vendor": "Globex"}),
    ("facturas que nos cobró Globex", {"vendor": "Globex"}),
])
def test_list_filters_in_everyday_words(question, args):
    [(tool, got)] = planner.plan(question, None)
    assert tool == "list_invoices"
    assert {k: str(v) for k, v in got.items() if k in args} == args


@pytest.mark.parametrize("question", [
    "reschedule the payment of INV-1043 to Monday",
    "kannst du INV-1043 für Freitag einplanen?",
    "décale le paiement de INV-1043 à lundi",
    "programa el pago de INV-1043 para el lunes",
])
def test_moving_a_payment_is_a_request_to_act(question):
    assert planner.wants_action(question)


@pytest.mark.parametrize(("question", "tool"), [
    ("can we still buy from Globex?", "match_vendor"),
    ("everything that happened to INV-1043, please", "audit_trail"),
    ("tout ce qui s'est passé sur INV-1043", "audit_trail"),
])
def test_vendor_and_history_wordings(question, tool):
    assert planner.plan(question, None)[0][0] == tool


def test_of_a_vendors_invoices_the_month_named_picks_one(worked):
    services, cases = worked
    all_cases = services.store.list_cases()
    dates = {c.id: c.extracted["fields"]["invoice_date"]["value"] for c in all_cases
             if c.id in (cases["clean"], cases["duplicate"])}
    month = {"10": "October", "11": "November"}[dates[cases["clean"]][5:7]]
    assert dates[cases["clean"]][5:7] != dates[cases["duplicate"]][5:7]  # the demo's two Acme invoices
    assert resolve_case(f"Acme's {month} one", all_cases).id == cases["clean"]


def test_another_form_of_a_vendors_word_and_accents_still_match(worked):
    services, cases = worked
    all_cases = services.store.list_cases()
    assert resolve_case("the caterer", all_cases).id == cases["unknown"]  # Umbrella Catering Co
    assert resolve_case("el tóner", all_cases).id == cases["variance"]  # Toner cartridge
    assert resolve_case("the interior decorator", all_cases) is None  # a shared start too short to count


def test_of_a_customers_deals_the_one_selling_what_was_named(worked):
    services, _ = worked
    answer = make_ask(services)("was the Meridian paper deal ever invoiced?", user_id=AP, conversation_id="d1")
    paper = [o for o in services.crm.closed_won() if o.account_name.startswith("Meridian")
             and any("paper" in line.product.lower() for line in o.lines)]
    assert len(paper) == 1 and paper[0].id in answer


def test_an_id_that_names_its_tools_thing_is_never_overridden(monkeypatch):
    monkeypatch.setattr(planner, "classify", lambda text: ((0.95, "case_status"), (0.05, "deal_status")))
    assert planner.plan("was an invoice raised for OPP-3003?", None) == [("deal_status", {"deal": "OPP-3003"})]


def test_a_noun_after_from_is_no_vendor_filter():
    [(tool, args)] = planner.plan("Rechnungen, die vom System gesperrt wurden", None)
    assert tool == "list_invoices" and args == {"which": "blocked"}


def test_a_word_capitalized_only_to_open_a_sentence_is_no_name():
    assert references("Procurement says the toner invoice is wrong").words.split()[0] == "procurement"
    assert references("Blue Harbor: invoiced yet?").words == "Blue Harbor"  # two capitals: a name
    assert references("has the Meridian pilot been billed?").words.startswith("Meridian")


@pytest.mark.parametrize("question", [
    "invoices where the supplier is Globex Industrial",
    "factures dont le fournisseur est Globex Industrial",
    "facturen van crediteur Globex Industrial",
])
def test_the_vendor_named_as_the_suppliers_name_filters_a_list(question):
    [(tool, args)] = planner.plan(question, None)
    assert tool == "list_invoices" and args.get("vendor") == "Globex Industrial"


def test_invoice_numbers_typed_loosely_and_amounts_said_roughly(worked):
    services, cases = worked
    all_cases = services.store.list_cases()
    assert references("full trail on GX 2026-118?").case == "GX-2026-118"
    assert references("what has UC 77 been through").case == "UC-77"
    assert resolve_case("had hands on uc77 pls", all_cases).id == cases["unknown"]  # no dash, among other words
    assert resolve_case("1600", all_cases).id == cases["clean"]  # "the 1.6k Acme bill": 1,657.80
    assert resolve_case("2000", all_cases).id == cases["variance"]  # "just over 2k": 2,023.92
    assert resolve_case("900", all_cases) is None  # nothing within 5%


def test_a_small_bare_number_is_no_amount():
    assert references("the phase 1 invoice from Initech").amount is None
    assert references("the Northwind invoice from the 12th").amount is None
    assert references("the 480 catering bill").amount == "480"
    assert references("the $12 invoice").amount == "$12"


@pytest.mark.parametrize("question", [
    "send UC-77 back to the vendor as rejected",
    "schick UC-77 als abgelehnt zurück",
    "bloque la facture UC-77 le temps que je vérifie",
    "devuélvele UC-77 al proveedor",
    "stuur UC-77 terug naar de leverancier",
])
def test_sending_back_or_blocking_is_a_request_to_act(question):
    assert planner.wants_action(question)


def test_places_fold_exonyms_transliterations_and_adjectives():
    from countersign.agent.chat.places import in_named_place, located, mentioned

    assert "munich" in located("Industriestrasse 7, 80331 Muenchen, Germany")
    assert mentioned("el proveedor de Múnich") == {"munich"}
    assert "germany" in mentioned("le fournisseur allemand")
    # a town the table lacks matches as written, all of its words; the street names no place
    addresses = {"a": "13 Harbor Street, Fort Wayland, OH 43004", "b": "1 Fort Road, Springfield, IL 62701"}
    assert in_named_place("the Fort Wayland invoice", addresses, addresses.get) == ["a"]
    assert in_named_place("the fort invoice", addresses, addresses.get) == []
    assert in_named_place("the harbor one", addresses, addresses.get) == []


@pytest.mark.parametrize(("question", "expect"), [
    ("is our supplier in Munich still active?", "Globex Industrial GmbH"),
    ("le fournisseur basé à Munich est-il actif ?", "Globex Industrial GmbH"),
    ("what's going on with the invoice from the Seattle vendor?", "NW-5602"),
    ("wie steht es um die Rechnung unseres Lieferanten in Seattle?", "NW-5602"),
    ("has the deal with the customer up in Duluth been billed?", "OPP-3003"),
])
def test_a_vendor_or_customer_named_by_its_town(worked, question, expect):
    services, _ = worked
    answer = make_ask(services)(question, user_id=AP, conversation_id="town")
    assert expect in answer


def test_an_invoice_named_by_who_decided_it(worked):
    from countersign.agent.approvals import decide
    from countersign.domain import Verdict

    services, cases = worked
    [proposal] = services.store.proposals_for_case(cases["variance"])
    decide(services, proposal.id, approver_id=AP, verdict=Verdict.REJECT, reason="wrong price")
    ask = make_ask(services)
    assert "NW-5602" in ask("what happened to the bill Sam Rivera turned down?", user_id=CLERK,
                            conversation_id="d1")
    assert "NW-5602" in ask("la facture refusée par Sam, elle en est où ?", user_id=CLERK, conversation_id="d2")
    # someone who decided nothing names no invoice by it
    assert "NW-5602" not in ask("the invoice Priya Shah rejected?", user_id=CLERK, conversation_id="d3")


def test_the_decision_a_message_says_picks_which_of_a_persons_decisions(worked):
    """Sam approved INV-1043, then rejected NW-5602: "signed off" means the approval, in any language,
    though the rejection is newer; a question about who may approve keeps no decision word."""
    from countersign.agent.approvals import decide
    from countersign.domain import Verdict

    services, cases = worked
    [clean] = services.store.proposals_for_case(cases["clean"])
    decide(services, clean.id, approver_id=AP, verdict=Verdict.APPROVE)
    [variance] = services.store.proposals_for_case(cases["variance"])
    decide(services, variance.id, approver_id=AP, verdict=Verdict.REJECT, reason="wrong price")
    ask = make_ask(services)
    for n, question in enumerate(["the invoice Sam signed off on — where is it at?",
                                  "la facture que Sam a validée — elle en est où ?",
                                  "de factuur die Sam heeft afgetekend – hoe ver staat die?"]):
        answer = ask(question, user_id=CLERK, conversation_id=f"so{n}")
        assert "INV-1043" in answer and "NW-5602" not in answer, question
    assert "NW-5602" in ask("the invoice Sam turned down, where is it?", user_id=CLERK, conversation_id="so9")
    assert references("the invoice Sam signed off on").words.endswith("approved")
    assert not references("who can sign off INV-1043?").words.endswith("approved")


@pytest.mark.parametrize("question", ["the invoice on 14-day terms — status?",
                                      "la facture à 14 jours, elle en est où ?",
                                      "die Rechnung mit 14 Tagen Zahlungsziel – wie ist der Stand?",
                                      "xfa mira la factura con pago a 14 días q tal va"])
def test_an_invoice_by_its_payment_terms(worked, question):
    services, _ = worked
    # UC-77 is due 14 days after its date; every other invoice 30
    assert "UC-77" in make_ask(services)(question, user_id=AP, conversation_id="terms")
    assert references("due in the next 14 days").amount is None  # days without terms are no reference


def test_a_vendor_by_the_country_of_its_bank(worked):
    services, _ = worked
    # Soylent Foods Corp's address is in Newark, NJ; its IBAN is Belgian
    answer = make_ask(services)("vendor no. for the supplier that banks in Belgium?", user_id=AP, conversation_id="b")
    assert "V005" in answer and "bank account" in answer


def test_a_purchase_order_named_by_its_department(worked):
    services, _ = worked
    ask = make_ask(services)
    assert "PO-2003" in ask("show me the purchase order from the finance department", user_id=AP,
                            conversation_id="dep1")
    assert "PO-2003" in ask("welche Positionen hat die Bestellung der Finanzabteilung?", user_id=AP,
                            conversation_id="dep2")
    # two POs of one department: none is picked for the asker
    assert "PO-20" not in ask("the operations PO?", user_id=AP, conversation_id="dep3")


def test_an_invoice_by_a_range_of_amounts_or_a_day_with_of(worked):
    services, cases = worked
    ask = make_ask(services)
    assert "INV-1001" in ask("what about the invoice between 1,250 and 1,350 dollars?", user_id=AP,
                             conversation_id="r1")  # 1,296.00, Acme's second invoice
    assert "INV-1001" in ask("und die Rechnung zwischen 1.250 und 1.350?", user_id=AP, conversation_id="r2")
    invoice_day = resolve_case("dated", services.store.list_cases())  # no day: nothing
    assert invoice_day is None
    assert references("the one dated the 14th of November").date == "--11-14"


@pytest.mark.parametrize(("question", "deal"), [
    ("has Casey Kim's latest deal been billed?", "OPP-3003"),  # the newest of Casey's three
    ("has the deal that closed on 18 November been invoiced?", "OPP-3003"),
    ("is Jordan Park's October deal invoiced?", "OPP-2990"),
])
def test_a_deal_by_its_owner_its_close_day_or_month(worked, question, deal):
    services, _ = worked
    assert deal in make_ask(services)(question, user_id=AP, conversation_id="deal-details")


@pytest.mark.parametrize("question", [
    "pls chk INV-1043 thx",
    "Could you kindly confirm whether Globex is an approved supplier?",
    "please confirm if INV-1043 was paid",
    "peux-tu confirmer si la facture INV-1043 est payée ?",
])
def test_asking_to_be_told_is_no_request_to_act(question):
    assert not planner.wants_action(question)


@pytest.mark.parametrize(("question", "expect"), [
    ("is our Illinois tool supplier still active?", "Acme Tools Ltd"),  # "Springfield, IL 62701"
    ("where's the invoice from the Texas consultancy?", "INV-88120"),
    ("what's on the PO Alex Chen requested?", "PO-2003"),  # its requester, by the policy's name
    ("how far off its PO is the invoice on Administration's purchase order?", "11.24"),  # PO-2002's department
])
def test_a_state_a_requester_or_a_pos_department_names_the_record(worked, question, expect):
    services, _ = worked
    assert expect in make_ask(services)(question, user_id=AP, conversation_id="more-refs")


def test_an_invoice_or_vendor_by_the_last_digits_of_its_iban(worked):
    services, _ = worked
    ask = make_ask(services)
    # Northwind's invoice pays to DE89 3704 0044 0532 0130 00; Initech's IBAN ends in 4300
    assert "NW-5602" in ask("where is the invoice paying to the IBAN ending in 3000?", user_id=AP, conversation_id="i1")
    assert "Initech" in ask("is the vendor whose IBAN ends in 4300 active?", user_id=AP, conversation_id="i2")
    assert references("the IBAN ending in 3000").iban == "*3000"
    assert references("the account ACC-001").iban is None


def test_a_purchase_order_by_the_day_its_goods_arrived(worked):
    services, _ = worked
    answer = make_ask(services)("what's on the PO that was delivered on 5 November?", user_id=AP, conversation_id="p5")
    assert "PO-2002" in answer  # its receipts are dated 2026-11-05


@pytest.mark.parametrize("question", ["qqch à valider pr moi ? stp", "tngo algo x aprobar? xfa",
                                      "hab ich was zu genehmigen? bitte"])
def test_something_to_approve_asked_in_shorthand_is_a_question(question):
    assert not planner.wants_action(question)
    assert planner.wants_action("bitte sei so nett, INV-1043 zu genehmigen")  # no question: a request


@pytest.mark.parametrize(("question", "args"), [
    ("list the invoices in six figures", {"over": "99999.99"}),
    ("alle fünfstelligen Rechnungen bitte", {"over": "9999.99"}),
    ("les factures à cinq chiffres", {"over": "9999.99"}),
    ("which invoices did the checks stop?", {"which": "blocked"}),
    ("facturas cuyo precio supera el del pedido", {"which": "over_budget"}),
    ("Rechnungen über dem Bestellpreis", {"which": "over_budget"}),
])
def test_list_filters_said_by_digits_checks_and_order_prices(question, args):
    [(tool, got)] = planner.plan(question, None)
    assert tool == "list_invoices" and {k: str(v) for k, v in got.items() if k in args} == args


@pytest.mark.parametrize("question", [
    "Check mal bitte die Rechnung UC-77, the vendor keeps chasing us und ich brauch ein quick Update fürs Meeting",
    "Tu peux checker la facture UC-77 ? The vendor keeps chasing us, et j'ai besoin d'un update rapide",
])
def test_an_act_verb_after_an_article_is_a_noun_not_a_request(question):
    assert not planner.wants_action(question)
    assert planner.wants_action("please update the IBAN for Globex")  # the verb itself still asks to act
