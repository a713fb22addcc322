"""What an aside around a question must not change, and words a question names things by: an office or a day said
while waiting for something ("looking for a free desk in the office 🪑 — ...", "she sits with me today 👀 — ...")
names no goods and filters no list; "ok thanks", "now that it comes to mind", a relative clause's "we pay" and
"someone's approval queue" ask nobody to act, while "approve it with one click" does; goods in another language and
in a pack ("Schlagschrauber-Sets"), a deal by its own name ("der Ladenausbau-Auftrag"), and lists said as "since
monday", "caught in the checks" or "one approver's signature is not enough"."""

from __future__ import annotations

import pytest

from countersign.agent.chat import planner
from countersign.agent.chat.goods import concepts
from countersign.agent.chat.list_questions import list_args
from countersign.agent.chat.understand import read, references


def _list(question: str):
    return list_args(question, read(question), references(question))


@pytest.mark.parametrize(("question", "invoice"), [
    ("Buscando un puesto libre en la oficina 🪑 — ¿me dices rápido el estado de la factura de los servicios de ERP?",
     "INV-88120"),
    ("Such einen freien Platz im Großraumbüro 🪑 — ist die Rechnung über acht Schlagschrauber-Sets bezahlt?",
     "INV-1001"),
    ("Désolé de te déranger — où en est la facture des huit kits de visseuses à chocs ?", "INV-1001"),
    ("Op zoek naar een vrij bureau 🪑 — even de stand van de factuur voor acht slagschroevendraaierkits?",
     "INV-1001"),
])
def test_an_aside_names_no_goods_the_question_names(demo_ask, question, invoice):
    assert invoice in demo_ask(question, user_id="U0SALES001", conversation_id="aside").split("\n")[0]


def test_a_pack_word_joined_to_goods_names_the_goods_and_the_pack():
    assert {"impact", "kit"} <= concepts("Schlagschrauber-Sets")
    assert {"impact", "kit"} <= concepts("slagschroevendraaierkits")
    assert concepts("Steuersatz") == concepts("Steuersatz".lower())  # "Satz" (a rate) is no pack
    assert "kit" not in concepts("Steuersatz")


@pytest.mark.parametrize("question", [
    "ok thanks. nu het me te binnen schiet, wie mag die aftekenen?",
    "solange ich dran denke — der Lieferant, an den wir auf NL91ABNA0417164300 zahlen: welche Kreditorennummer?",
    "nu het me te binnen schiet — de leverancier die we op NL91ABNA0417164300 betalen: welk leveranciersnummer?",
    "There's a bake sale 🧁 — list me the invoices that are sitting in someone's approval queue, please.",
])
def test_acknowledgements_relative_clauses_and_queues_ask_nobody_to_act(question):
    assert not planner.wants_action(question)


@pytest.mark.parametrize("request_", [
    "Hoffe, deine Woche läuft gut — kannst du die Acme-Rechnung mit einem Klick freigeben?",
    "ok thanks, now approve it",
    "ok danke. jetzt INV-88120 freigeben bitte",
    "nu INV-88120 goedkeuren graag",
])
def test_an_act_after_a_noun_or_a_particle_is_still_asked(request_):
    assert planner.wants_action(request_)


@pytest.mark.parametrize(("question", "expected"), [
    ("The student is sitting with me today 👀 — can you show us all the invoices that got snagged by the checks?",
     {"which": "blocked"}),
    ("Sorry to pester you — can you list the invoices that have landed since monday?", {"days": 7}),
    ("tant que j'y pense, on a quelles factures qui sont arrivées depuis lundi ?", {"days": 7}),
    ("welche Rechnungen haben wir, die sich in den Prüfungen verfangen haben?", {"which": "blocked"}),
    ("Sorry, wenn ich nerve — kannst du die Rechnungen auflisten, die noch eine Unterschrift brauchen?",
     {"which": "waiting"}),
    ("welke facturen hebben we die nog een handtekening nodig hebben?", {"which": "waiting"}),
])
def test_list_filters_said_in_everyday_words_and_not_in_an_aside(question, expected):
    assert _list(question) == expected


@pytest.mark.parametrize("question", [
    "can you pull up the invoices that need more than an AP approver's sign-off?",
    "die Rechnungen, für die die Unterschrift eines Kreditoren-Freigebers nicht reicht",
    "les factures pour lesquelles la signature d'un approbateur comptable ne suffit pas",
    "¿qué facturas hay para las que no basta con la firma de un aprobador de cuentas a pagar?",
    "welke facturen zijn er waarvoor de handtekening van een crediteurengoedkeurder niet genoeg is?",
    "welke facturen zijn te groot om door een crediteurengoedkeurder afgetekend te worden?",
])
def test_one_approvers_signature_not_being_enough_is_above_the_lowest_band(question):
    assert _list(question)["over"] == "lowest"


@pytest.mark.parametrize("question", [
    "Hoffe, deine Woche läuft gut — ist der Ladenausbau-Auftrag für Blue Harbor eigentlich je abgerechnet worden?",
    "est-ce qu'on a fini par facturer l'affaire de l'aménagement des magasins de Blue Harbor ?",
    "¿llegamos a facturar la oportunidad del equipamiento de tiendas de Blue Harbor?",
    "hebben we de winkelinrichting die we aan Blue Harbor hebben verkocht ooit gefactureerd?",
])
def test_a_deal_named_by_its_own_name_among_its_customers_deals(demo_ask, question):
    assert "OPP-3001" in demo_ask(question, user_id="U0SALES001", conversation_id="deal").split("\n")[0]


def test_open_pos_in_an_aside_ask_for_no_approval_queue():
    question = ("The ERP cutover is this weekend and I'm tidying up open POs 🔄 — what's on the bracket PO robin "
                "raised, and who's supplying it?")
    assert planner.plan(question, None)[0][0] == "lookup_po"
    assert planner.plan("I am back from leave — what is waiting for me?", None) == [("pending_approvals", {})]


@pytest.mark.parametrize(("question", "expected"), [
    ("tu me donnes les factures qu'un contrôle a mises en attente ?", {"which": "blocked"}),
    ("¿me puedes listar las facturas que un control ha dejado en espera?", {"which": "blocked"}),
    # above the band, whatever their state: the approver's word alone asks for no waiting ones
    ("could you list the invoices that are above what an AP approver is allowed to sign off?", {"over": "lowest"}),
    ("quelles sont les factures qui dépassent ce qu'un approbateur comptable a le droit de valider ?",
     {"over": "lowest"}),
    ("Ich schreibe für meine Vertretung auf, was offen ist 🌍 — ich brauche die Rechnungen, die uns diese Woche "
     "erreicht haben.", {"days": 7}),  # "offen" in the remark filters nothing
])
def test_a_check_that_holds_them_what_one_approver_may_sign_and_a_remarks_words(question, expected):
    assert _list(question) == expected


def test_a_relative_who_in_a_remark_asks_nobody():
    question = ("Je note ce qui reste ouvert pour la personne qui me remplace 🌍 — il me faut les factures qui "
                "dépassent ce qu'un approbateur comptable a le droit de valider.")
    assert planner.plan(question, None) == [("list_invoices", {"over": "lowest"})]
    assert not planner.wants_action("kun je me de facturen geven die boven het bedrag liggen dat een goedkeurder mag "
                                    "aftekenen?")


@pytest.mark.parametrize(("question", "invoice"), [
    ("die Rechnung mit den sechs Tonerkartuschen: welche Position liegt über dem Bestellpreis?", "NW-5602"),
    ("warum übersteigt die Rechnung vom Bürobedarfshändler aus Seattle die Bestellung, und um wie viel?", "NW-5602"),
])
def test_a_line_asked_about_and_an_order_exceeded(demo_ask, question, invoice):
    assert invoice in demo_ask(question, user_id="U0SALES001", conversation_id="counted").split("\n")[0]


@pytest.mark.parametrize("question", [
    "el proveedor con el identificador fiscal 45-1234567: ¿qué número de proveedor tenemos?",
    "welk leveranciersnummer hebben we voor de leverancier met belastingnummer 45-1234567?",
])
def test_a_tax_number_by_its_spanish_and_dutch_names(question):
    assert planner.plan(question, None) == [("match_vendor", {"tax_id": "45-1234567"})]


@pytest.mark.parametrize("question", [
    "wat is er tot nu toe met de enige factuur van Globex gebeurd, en door wie?",
    "A buyer is doing due diligence on us 🔎 — can I see everything that happened to NW-5602, by whom and when?",
])
def test_who_and_when_asks_for_the_trail_whatever_the_model_reads(question):
    assert planner.plan(question, None)[0][0] == "audit_trail"


def test_a_pronoun_after_a_remark_leans_on_the_conversation(demo_ask):
    demo_ask("wo steht die INV-88120?", user_id="U0SALES001", conversation_id="jury")
    answer = demo_ask("Ich sitze mittags in der Jury beim Chili-Kochwettbewerb im Büro, antworte also langsam 🌶️ — "
                      "wer muss sie freigeben?", user_id="U0SALES001", conversation_id="jury")
    assert "INV-88120" in answer.split("\n")[0]
