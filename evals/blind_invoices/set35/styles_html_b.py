"""Chromium (HTML) styles for set 35, second part (03 Thessaloniki (Central Macedonia) bakery supplier's ΤΙΜΟΛΟΓΙΟ
ΠΩΛΗΣΗΣ in Greek behind a COVER LETTER on page 1, with ΦΠΑ 13 % on bakery goods, 24 % on packaging and 6 % on
books and a ΦΠΑ summary per rate, 04 Porto delicatessen's FATURA-RECIBO in Portuguese, paid at issue, with IVA 6 %,
13 % and 23 %, a IVA summary per rate, ATCUD and the total in Portuguese words, 05 Liège caterer's FACTURE in French
with NO TABLE: one line per item with DOT LEADERS to its amount, TVA 12 % on the catering service, 21 % on alcoholic
drinks and 6 % on take-away pastries, a TVA summary and a structured communication)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, el_date
from invoice_kit import css, de, digits, qstr, rand_date, sp, style_registry
from kit_common import due_note, fr_date, lines, po_note, pt_date, qr_svg, truth, valid_id
from kit_words import pt_words
from stdnum.be import vat as bevat
from stdnum.gr import vat as grvat
from stdnum.pt import nif

STYLES, style = style_registry("chromium")


# =========================================================================== 03 Thessaloniki bakery supplier (ΦΠΑ 13 / 24 / 6 %, EUR), cover letter on page 1
TH_V = [
    ("ΑΡΤΟΠΟΙΪΑ ΛΑΔΑΔΙΚΑ Ι.Κ.Ε.", "Κατούνη 14, 546 25 Θεσσαλονίκη", "Δ.Ο.Υ. Δ' Θεσσαλονίκης", "#9a3412"),
    ("ΜΠΟΥΓΑΤΣΑ ΤΟΥ ΛΙΜΑΝΙΟΥ Α.Ε.", "Λεωφ. Νίκης 31, 546 22 Θεσσαλονίκη", "Δ.Ο.Υ. ΦΑΕ Θεσσαλονίκης", "#1e40af"),
    ("ΖΑΧΑΡΟΠΛΑΣΤΙΚΗ ΚΑΛΑΜΑΡΙΑΣ Ο.Ε.", "Κομνηνών 62, 551 31 Καλαμαριά", "Δ.Ο.Υ. Καλαμαριάς", "#166534"),
    ("ΦΟΥΡΝΟΙ ΠΥΛΑΙΑΣ Μ.Ι.Κ.Ε.", "Γεωργικής Σχολής 45, 555 35 Πυλαία", "Δ.Ο.Υ. Ζ' Θεσσαλονίκης", "#6b21a8"),
]
TH_B = [
    ("ΞΕΝΟΔΟΧΕΙΑ ΘΕΡΜΑΪΚΟΥ Α.Ε.", "Λεωφ. Μεγάλου Αλεξάνδρου 2, 546 40 Θεσσαλονίκη", "κ. Παπαδόπουλε"),
    ("ΚΑΦΕ ΑΡΙΣΤΟΤΕΛΟΥΣ Ε.Π.Ε.", "Πλατεία Αριστοτέλους 9, 546 23 Θεσσαλονίκη", "κυρία Γεωργίου"),
    ("ΣΧΟΛΗ ΜΑΓΕΙΡΙΚΗΣ ΤΕΧΝΗΣ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ", "Εγνατίας 120, 546 30 Θεσσαλονίκη", "κ. Διευθυντά"),
    ("ΚΑΤΑΣΚΗΝΩΣΕΙΣ ΧΑΛΚΙΔΙΚΗΣ Ι.Κ.Ε.", "Νέα Μουδανιά, 632 00 Χαλκιδική", "κ. Νικολάου"),
]
TH_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, ΦΠΑ %)
    ("Μπουγάτσα κρέμα, ταψί 40 μερίδων", "τεμ.", 2, 30, 38, 56, 13),
    ("Μπουγάτσα τυρί, ταψί 40 μερίδων", "τεμ.", 2, 30, 40, 60, 13),
    ("Κουλούρι Θεσσαλονίκης", "τεμ.", 100, 1200, D("0.35"), D("0.60"), 13),
    ("Τσουρέκι με μαχλέπι 500 γρ.", "τεμ.", 10, 120, D("4.80"), D("7.50"), 13),
    ("Τρίγωνα Πανοράματος", "τεμ.", 20, 300, D("1.10"), D("1.90"), 13),
    ("Ψωμί χωριάτικο 1 κιλό", "τεμ.", 20, 200, D("1.60"), D("2.60"), 13),
    ("Κουτιά συσκευασίας ζαχαροπλαστικής", "τεμ.", 50, 500, D("0.25"), D("0.60"), 24),
    ("Ταψιά αλουμινίου μιας χρήσης", "τεμ.", 20, 200, D("0.40"), D("0.90"), 24),
    ("Βιβλίο «Η μπουγάτσα της Θεσσαλονίκης»", "τεμ.", 1, 10, 14, 22, 6),
]
TH_HTML = """<html lang="el"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:10px;border:1px solid #888} table.it th{font-size:7.2pt;background:#eee;border:1px solid #888;padding:3px;text-align:left} table.it th.r{text-align:right} table.it td{padding:3px;font-size:8pt;border-left:1px solid #888;border-right:1px solid #888} td.r{white-space:nowrap}
table.sum td,table.sum th{border:1px solid #999;padding:2px 6px;font-size:7.8pt} .pb{page-break-before:always}
</style></head><body>
<div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · Τηλ. 2310 {{ tel }} · ΑΦΜ {{ afm }} · {{ doy }}</div>
<div style="margin-top:26px">{{ bname }}<br>{{ baddr }}</div>
<div style="margin-top:20px;text-align:right">Θεσσαλονίκη, {{ ldate }}</div>
<div style="margin-top:18px"><b>Θέμα: Αποστολή τιμολογίου αρ. {{ no }}</b></div>
<div style="margin-top:12px;line-height:1.55">Αξιότιμε/η {{ sal }},<br><br>σας αποστέλλουμε συνημμένα το τιμολόγιο πώλησης για τις παραδόσεις του μήνα {{ month }}{% if po %}, σύμφωνα με την παραγγελία σας {{ po }}{% endif %}. Το συνολικό ποσό ανέρχεται σε {{ total }} € και παρακαλούμε να εξοφληθεί {{ payline }}.<br><br>Για οποιαδήποτε διευκρίνιση είμαστε στη διάθεσή σας.<br><br>Με εκτίμηση,<br><br>{{ signer }}<br><span class="small">Λογιστήριο</span></div>
<div class="pb"></div>
<table style="width:100%"><tr><td><div style="font-size:13pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }}<br>ΑΦΜ: {{ afm }} · {{ doy }} · ΓΕΜΗ {{ gemi }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:15pt;font-weight:bold">ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ</div>{% for k, v in head %}<div><span class="small">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<div style="margin-top:8px;border:1px solid #ccc;padding:5px;font-size:8pt"><span class="small">Στοιχεία πελάτη</span><br><b>{{ bname }}</b> · {{ baddr }} · ΑΦΜ {{ bafm }} · Κωδ. πελάτη {{ cust }}</div>
<table class="it"><tr><th>Κωδ.</th><th>Περιγραφή</th><th>Μ.Μ.</th><th class="r">Ποσότητα</th><th class="r">Τιμή μον.</th><th class="r">ΦΠΑ %</th><th class="r">Αξία</th></tr>
{% for it in items %}<tr><td class="small">{{ it.c }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top"><table class="sum"><tr><th>ΦΠΑ %</th><th>Καθαρή αξία</th><th>Ποσό ΦΠΑ</th></tr>{% for r in summary %}<tr><td>{{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="r">{{ r.v }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:6px">Δελτία αποστολής: {{ dels }}<br>ΜΑΡΚ {{ mark }} · UID {{ uid }}</div></td>
<td style="width:70mm;vertical-align:top"><table style="width:100%;font-size:8.8pt"><tr><td>Καθαρή αξία</td><td class="r">{{ net }}</td></tr><tr><td>Σύνολο ΦΠΑ</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.6pt;background:#f3f3f3"><td>ΠΛΗΡΩΤΕΟ ΠΟΣΟ €</td><td class="r">{{ total }}</td></tr></table></td></tr></table>
<div style="margin-top:10px;font-size:8pt">Τρόπος πληρωμής: {{ paym }}</div>
</body></html>"""


@style("03", "gr_cm_thessaloniki_timologio_fpa_24_13_cover_letter")
def s03(rng, i):
    vname, vaddr, doy, color = TH_V[i]
    bname, baddr, sal = TH_B[i]
    d = rand_date(rng)
    items = (
        lines(rng, TH_ROWS[:6], rng.randint(2, 5), D("0.05"))
        + lines(rng, TH_ROWS[6:8], rng.randint(1, 2), D("0.05"))
        + lines(rng, TH_ROWS[8:], rng.randint(0, 1), D("0.50"))
    )
    for x in items:
        x["rate"] = D(x["extra"])
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    afm = valid_id(rng, 9, grvat.is_valid)
    no = [
        f"{rng.randint(100, 9999)}",
        f"Α-{rng.randint(1000, 9999)}",
        f"ΤΠ {rng.randint(100, 999)}",
        f"{rng.randint(1, 9)}/{rng.randint(1000, 9999)}",
    ][i]
    fd = [
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d-%m-%Y"),
        lambda x: x.strftime("%d.%m.%Y"),
    ][i]
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 1 else None
    term = None if due else "μετρητοίς με την παράδοση"
    po = [f"ΠΑΡ-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}/{d.year}", None][i]
    head = [("Αριθμός", no), ("Ημερομηνία", fd(d))]
    if po:
        head.append(("Αρ. παραγγελίας", po))
    if due:
        head.append(("Λήξη πληρωμής", fd(due)))
    ldate = d + dt.timedelta(days=rng.randint(0, 2))
    m = de
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        tel=f"{rng.randint(200, 999)} {rng.randint(100, 999)}",
        afm=afm,
        doy=doy,
        bname=bname,
        baddr=baddr,
        sal=sal,
        ldate=el_date(ldate),
        no=no,
        month=[
            "Ιανουαρίου",
            "Φεβρουαρίου",
            "Μαρτίου",
            "Απριλίου",
            "Μαΐου",
            "Ιουνίου",
            "Ιουλίου",
            "Αυγούστου",
            "Σεπτεμβρίου",
            "Οκτωβρίου",
            "Νοεμβρίου",
            "Δεκεμβρίου",
        ][(d.month - 2) % 12],
        po=po,
        total=m(total),
        payline=(f"έως {fd(due)}" if due else "κατά την παράδοση"),
        signer=rng.choice(["Μαρία Αθανασίου", "Γιώργος Δημητρίου", "Ελένη Κωνσταντίνου", "Νίκος Ιωάννου"]),
        gemi=digits(rng, 12, True),
        head=head,
        bafm=digits(rng, 9, True),
        cust=f"Π{rng.randint(100, 999)}",
        items=[
            {
                "c": f"{rng.randint(1000, 9999)}",
                "d": x["desc"],
                "u": x["unit"],
                "q": qstr(x["qty"]),
                "p": m(x["price"]),
                "r": str(x["rate"]),
                "a": m(x["amount"]),
            }
            for x in items
        ],
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary],
        dels=", ".join(f"ΔΑ {rng.randint(1000, 9999)}" for _ in range(rng.randint(2, 4))),
        mark=digits(rng, 15, True),
        uid="".join(rng.choice("0123456789ABCDEF") for _ in range(40)),
        net=m(net),
        tax=m(tax),
        paym=(
            f"Κατάθεση σε λογαριασμό GR{rng.randint(10, 99)} 0110 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"
            if due
            else "Μετρητοίς με την παράδοση"
        ),
    )
    notes = (
        "Thessaloniki bakery supplier's TIMOLOGIO POLISIS (sales invoice) in Greek behind a COVER LETTER on page 1 (which repeats the invoice number and the total in a sentence), the invoice on page 2, in euros ('1.234,50'), ΦΠΑ 13 % on bakery goods, 24 % on packaging and 6 % on books, a ΦΠΑ summary per rate: vendor = the name in capitals at the top of both pages; vendor_tax_id = 'ΑΦΜ' (9 digits; the customer's ΑΦΜ, ΓΕΜΗ, ΜΑΡΚ and UID are decoys). "
        "invoice_number = 'Αριθμός'; invoice_date = 'Ημερομηνία' ("
        + ["dd/mm/yyyy", "dd/mm/yyyy", "dd-mm-yyyy", "dd.mm.yyyy"][i]
        + "); the letter's date (Greek words) is another date, a decoy; the delivery notes (ΔΑ) and the customer code are decoys. "
        + due_note(due, term, "Λήξη πληρωμής")
        + po_note(po, "Αρ. παραγγελίας")
        + "subtotal = 'Καθαρή αξία'; tax = 'Σύνολο ΦΠΑ'; total = 'ΠΛΗΡΩΤΕΟ ΠΟΣΟ €'. Currency EUR. Line items: every row on page 2 (net)."
    )
    t = truth(vname, afm, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, afm, "ΠΛΗΡΩΤΕΟ ΠΟΣΟ €", fd(due) if due else None, el_date(ldate)]}
    return t, chk, (TH_HTML.replace("@@BASE@@", css(margin="16mm 16mm", fs="9pt")), ctx)


# =========================================================================== 04 Porto delicatessen (IVA 6 / 13 / 23 %, EUR), fatura-recibo, total in words
PO_V = [
    ("Mercearia do Bolhão, Lda.", "Rua Formosa 279, 4000-252 Porto", "#b45309"),
    (
        "Casa Oriental – Comércio de Produtos Alimentares, Lda.",
        "Campo dos Mártires da Pátria 111, 4050-367 Porto",
        "#14532d",
    ),
    ("Delícias da Ribeira, Unipessoal Lda.", "Cais da Ribeira 22, 4050-510 Porto", "#1e3a8a"),
    ("Armazém de Gaia – Vinhos e Petiscos, Lda.", "Av. Diogo Leite 80, 4400-111 Vila Nova de Gaia", "#7f1d1d"),
]
PO_B = [
    ("Restaurante O Tripeiro, Lda.", "Rua de Passos Manuel 195, 4000-385 Porto"),
    ("Hotel Infante Sagres, S.A.", "Praça D. Filipa de Lencastre 62, 4050-259 Porto"),
    ("Taberna dos Mercadores, Lda.", "Rua dos Mercadores 36, 4050-374 Porto"),
    ("Associação Recreativa de Matosinhos", "Rua Brito Capelo 200, 4450-073 Matosinhos"),
]
PO_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, IVA %)
    ("Pão de Avintes, 1 kg", "un", 4, 40, D("2.80"), D("4.50"), 6),
    ("Broa de milho", "un", 4, 40, D("1.80"), D("3.20"), 6),
    ("Queijo da Serra DOP, kg", "kg", 1, 8, D("22.00"), D("34.00"), 6),
    ("Presunto de Chaves fatiado, kg", "kg", 1, 6, D("24.00"), D("38.00"), 6),
    ("Laranjas do Algarve, kg", "kg", 5, 40, D("1.20"), D("2.20"), 6),
    ("Azeite virgem extra Trás-os-Montes DOP, 0,75 l", "un", 2, 24, D("7.50"), D("12.50"), 13),
    ("Vinho Verde Alvarinho, 0,75 l", "un", 6, 48, D("6.50"), D("12.00"), 13),
    ("Vinho do Douro tinto, 0,75 l", "un", 6, 48, D("5.80"), D("14.00"), 13),
    ("Vinho do Porto Tawny 10 anos, 0,75 l", "un", 2, 24, D("18.00"), D("29.00"), 23),
    ("Chocolates Arcádia, caixa", "cx", 2, 20, D("9.00"), D("16.00"), 23),
    ("Águas com gás, pack 6", "pack", 2, 20, D("3.20"), D("5.40"), 23),
]
PO_HTML = """<html lang="pt-PT"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:10px} table.it th{font-size:7.2pt;text-align:left;padding:3px;background:{{ color }};color:#fff} table.it th.r{text-align:right} table.it td{padding:3px;font-size:8pt;border-bottom:1px dotted #aaa} td.r{white-space:nowrap}
table.iva td,table.iva th{border-bottom:1px solid #ccc;padding:2px 6px;font-size:7.8pt}
</style></head><body>
<table style="width:100%"><tr><td style="vertical-align:top"><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }}<br>NIF {{ nifv }} · Capital social {{ cap }} € · C.R.C. Porto<br>Tel. 22 {{ tel }}</div></td>
<td style="text-align:right;vertical-align:top"><div style="font-size:15pt;font-weight:bold">FATURA-RECIBO</div><div style="font-size:10pt">{{ no }}</div><div class="small">Original</div></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%;vertical-align:top;border:1px solid #ccc;padding:6px"><div class="small">Exmo.(s) Sr.(s)</div><b>{{ bname }}</b><br>{{ baddr }}<br>NIF {{ bnif }}</td>
<td style="vertical-align:top;padding-left:10px">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:34mm">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>Artigo</th><th>Descrição</th><th class="r">Qtd.</th><th>Un.</th><th class="r">Preço unit.</th><th class="r">IVA</th><th class="r">Valor</th></tr>
{% for it in items %}<tr><td class="small">{{ it.c }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top"><div class="small">Quadro resumo do IVA</div><table class="iva"><tr><th>Taxa</th><th>Incidência</th><th>Valor IVA</th></tr>{% for r in summary %}<tr><td>IVA {{ r.r }}%</td><td class="r">{{ r.b }}</td><td class="r">{{ r.v }}</td></tr>{% endfor %}</table></td>
<td style="width:72mm;vertical-align:top"><table style="width:100%;font-size:8.8pt"><tr><td>Total ilíquido</td><td class="r">{{ net }} €</td></tr><tr><td>Total IVA</td><td class="r">{{ tax }} €</td></tr>
<tr style="font-weight:bold;font-size:10.6pt;border-top:2px solid {{ color }}"><td>Total a pagar</td><td class="r">{{ total }} €</td></tr></table></td></tr></table>
<div style="margin-top:8px;font-size:8pt"><i>Importa a presente fatura em: {{ words }}</i></div>
<div style="margin-top:8px;font-size:8pt">Recebemos o valor total desta fatura por <b>{{ paym }}</b> em {{ paid_d }}. Valor recebido: {{ total }} €.</div>
<table style="width:100%;margin-top:14px"><tr><td class="small" style="vertical-align:bottom">ATCUD: {{ atcud }}<br>{{ hash4 }}-Processado por programa certificado n.º {{ cert }}/AT<br>Os bens foram colocados à disposição do adquirente na data e local do documento. Obrigado pela preferência!</td><td style="width:30mm">{{ qr|safe }}</td></tr></table>
</body></html>"""


@style("04", "pt_nor_porto_fatura_recibo_iva_23_13_6_extenso")
def s04(rng, i):
    vname, vaddr, color = PO_V[i]
    bname, baddr = PO_B[i]
    d = rand_date(rng, start=dt.date(2025, 1, 6))
    items = (
        lines(rng, PO_ROWS[:5], rng.randint(2, 4), D("0.05"))
        + lines(rng, PO_ROWS[5:8], rng.randint(1, 3), D("0.05"))
        + lines(rng, PO_ROWS[8:], rng.randint(0, 2), D("0.05"))
    )
    for x in items:
        x["rate"] = D(x["extra"])
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    nifv = valid_id(rng, 9, nif.is_valid, prefix=rng.choice(["50", "51", "51"]))
    series = rng.choice(["FR", "FR A", "FRC", "FR 1"])
    no = f"{series}/{rng.randint(100, 4999)}" if i != 2 else f"FR {d.year}A/{rng.randint(100, 4999)}"
    fd = [
        lambda x: x.strftime("%d-%m-%Y"),
        lambda x: x.strftime("%Y-%m-%d"),
        lambda x: x.strftime("%d/%m/%Y"),
        pt_date,
    ][i]
    po = [None, f"NE {rng.randint(10000, 99999)}", None, f"Req. {rng.randint(100, 999)}/{d.year}"][i]
    head = [("Data", fd(d)), ("Vencimento", "Pronto pagamento")]
    if po:
        head.append(("V/ Requisição", po))
    head.append(("Cliente n.º", f"{rng.randint(100, 2999)}"))
    euros, cents = divmod(int(total * 100), 100)
    words = f"{pt_words(euros)} euros" + (f" e {pt_words(cents)} cêntimos" if cents else "")
    paym = rng.choice(["Multibanco", "MB WAY", "Numerário", "Transferência bancária"])
    m = de
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        nifv=nifv,
        cap=rng.choice(["5.000,00", "10.000,00", "50.000,00"]),
        tel=f"{rng.randint(200, 999)} {rng.randint(1000, 9999)}",
        no=no,
        bname=bname,
        baddr=baddr,
        bnif=valid_id(rng, 9, nif.is_valid, prefix="50"),
        head=head,
        items=[
            {
                "c": f"{rng.randint(10000, 99999)}",
                "d": x["desc"],
                "q": qstr(x["qty"]),
                "u": x["unit"],
                "p": m(x["price"]),
                "r": str(x["rate"]),
                "a": m(x["amount"]),
            }
            for x in items
        ],
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary],
        net=m(net),
        tax=m(tax),
        total=m(total),
        words=words,
        paym=paym,
        paid_d=fd(d),
        atcud=f"{''.join(rng.choice('BCDFGHJKLMNPQRSTVWXZ23456789') for _ in range(8))}-{rng.randint(100, 4999)}",
        hash4="".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4)),
        cert=rng.randint(1000, 2999),
        qr=qr_svg(rng, 26),
    )
    notes = (
        "Porto (northern Portugal) delicatessen's FATURA-RECIBO (invoice and receipt in one, paid at issue) in Portuguese, in euros ('1.234,50 €'), IVA on the mainland rates 6 % (bread, cheese, ham, fruit), 13 % (olive oil, table wines) and 23 % (port wine, chocolates, sparkling water), a IVA summary per rate ('Quadro resumo do IVA'), the total in Portuguese words ('Importa a presente fatura em: …'), ATCUD, the certified-software hash line and a QR code: vendor = the name at the top left; vendor_tax_id = its 'NIF' (the customer's NIF, the capital, the ATCUD and the certificate number are decoys). "
        "invoice_number = the number under 'FATURA-RECIBO' (series/number); invoice_date = 'Data' ("
        + ["dd-mm-yyyy", "yyyy-mm-dd", "dd/mm/yyyy", "Portuguese words ('12 de março de 2026')"][i]
        + "); the customer number is a decoy. "
        + due_note(None, "Vencimento: Pronto pagamento", "")
        + po_note(po, "V/ Requisição")
        + "subtotal = 'Total ilíquido'; tax = 'Total IVA'; total = 'Total a pagar' (repeated as 'Valor recebido'). Currency EUR. Line items: every row (net of IVA)."
    )
    t = truth(vname, nifv, no, po, d, None, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, nifv, "Total a pagar", words, ctx["atcud"]]}
    return t, chk, (PO_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.6pt")), ctx)


# =========================================================================== 05 Liège caterer (TVA 12 / 21 / 6 %, EUR), no table: dot leaders
LG_V = [
    ("Traiteur Les Coteaux de la Citadelle SRL", "Rue Pierreuse 41, 4000 Liège", "#7c2d12"),
    ("Maison Dupont-Lejeune, traiteur SRL", "Boulevard de la Sauvenière 112, 4000 Liège", "#1e3a8a"),
    ("Au Péket d'Outremeuse – Traiteur SComm", "Rue Puits-en-Sock 25, 4020 Liège", "#166534"),
    ("Les Saveurs du Val Saint-Lambert SRL", "Esplanade du Val 6, 4100 Seraing", "#6b21a8"),
]
LG_B = [
    ("Université de Liège – Faculté des Sciences appliquées", "Allée de la Découverte 9, 4000 Liège"),
    ("Famille Renard – Communion de Léa", "Rue du Laveu 58, 4000 Liège"),
    ("Cabinet d'avocats Lemaire & Associés SRL", "Place Saint-Lambert 18, 4000 Liège"),
    ("Royal Football Club Seraing – Section jeunes ASBL", "Rue de la Boverie 250, 4100 Seraing"),
]
LG_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, TVA %)
    ("Buffet froid liégeois (service compris)", "couverts", 20, 120, D("24.00"), D("38.00"), 12),
    ("Boulets sauce lapin, frites, salade (service compris)", "couverts", 20, 120, D("16.50"), D("24.50"), 12),
    ("Walking dinner, 6 pièces par personne (service compris)", "couverts", 20, 120, D("22.00"), D("34.00"), 12),
    ("Salade liégeoise tiède (service compris)", "couverts", 20, 120, D("9.50"), D("14.50"), 12),
    ("Mise à disposition de personnel de service", "heures", 4, 24, D("32.00"), D("42.00"), 12),
    ("Péket de la Principauté, bouteille 70 cl", "bouteilles", 1, 12, D("19.00"), D("28.00"), 21),
    ("Vin blanc du Pays de Liège, bouteille", "bouteilles", 6, 48, D("11.50"), D("19.00"), 21),
    ("Bière Jupiler / Curtius, fût 20 l", "fûts", 1, 4, D("69.00"), D("98.00"), 21),
    ("Tartes au riz à emporter, 8 parts", "tartes", 2, 20, D("11.00"), D("17.50"), 6),
    ("Gaufres de Liège à emporter, boîte de 10", "boîtes", 2, 20, D("8.50"), D("13.00"), 6),
]
LG_HTML = """<html lang="fr-BE"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555}
.line{display:flex;align-items:baseline;margin:4px 0;font-size:9pt} .line .d{white-space:nowrap} .line .dots{flex:1;border-bottom:1.5px dotted #777;margin:0 6px;transform:translateY(-3px)} .line .a{white-space:nowrap}
.sub{font-size:7.4pt;color:#666;margin:-2px 0 3px 14px}
</style></head><body>
<div style="text-align:center;font-family:'DejaVu Serif',serif;font-size:18pt;color:{{ color }}">{{ vname }}</div>
<div style="text-align:center" class="small">{{ vaddr }} · Tél. 04 {{ tel }} · TVA {{ tva }} · RPM Liège, division Liège</div>
<div style="margin-top:18px;display:flex;justify-content:space-between"><div><div class="small">Facture adressée à</div><b>{{ bname }}</b><br>{{ baddr }}{% if btva %}<br><span class="small">TVA {{ btva }}</span>{% endif %}</div>
<div style="text-align:right"><div style="font-size:15pt;font-weight:bold;letter-spacing:2px">FACTURE</div>{% for k, v in head %}<div><span class="small">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</div></div>
<div style="margin-top:14px;font-size:8.6pt">{{ event }}</div>
<div style="margin-top:12px;border-top:1px solid {{ color }};padding-top:6px">
{% for it in items %}<div class="line"><span class="d">{{ it.d }} — {{ it.q }} {{ it.u }} à {{ it.p }} €</span><span class="dots"></span><span class="a">{{ it.a }} €</span></div><div class="sub">TVA {{ it.r }} %</div>{% endfor %}
</div>
<div style="margin-top:10px;border-top:1px solid {{ color }};padding-top:6px;width:60%;margin-left:40%">
<div class="line"><span class="d">Total HTVA</span><span class="dots"></span><span class="a">{{ net }} €</span></div>
{% for r in summary %}<div class="line" style="font-size:8pt;color:#444"><span class="d">TVA {{ r.r }} % sur {{ r.b }} €</span><span class="dots"></span><span class="a">{{ r.v }} €</span></div>{% endfor %}
<div class="line"><span class="d">Total TVA</span><span class="dots"></span><span class="a">{{ tax }} €</span></div>
<div class="line" style="font-weight:bold;font-size:11pt"><span class="d">Total TVAC à payer</span><span class="dots"></span><span class="a">{{ total }} €</span></div>
</div>
<div style="margin-top:14px;font-size:8.4pt">{{ pay }}</div>
<div class="small" style="margin-top:10px">En cas de non-paiement à l'échéance, un intérêt de retard au taux légal et une indemnité forfaitaire de 10 % (minimum 40 €) seront dus de plein droit. Tribunaux de Liège seuls compétents. Merci et à bientôt — à r'veyî !</div>
</body></html>"""


def _structured(rng):
    n = int(digits(rng, 10, True))
    k = n % 97 or 97
    s = f"{n:010d}{k:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


@style("05", "be_wal_liege_facture_traiteur_tva_21_12_6_leaders")
def s05(rng, i):
    vname, vaddr, color = LG_V[i]
    bname, baddr = LG_B[i]
    d = rand_date(rng)
    items = (
        lines(rng, LG_ROWS[:5], rng.randint(1, 3), D("0.50"))
        + lines(rng, LG_ROWS[5:8], rng.randint(1, 2), D("0.50"))
        + lines(rng, LG_ROWS[8:], rng.randint(0, 2), D("0.50"))
    )
    for x in items:
        x["rate"] = D(x["extra"])
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    tva = "BE" + valid_id(rng, 10, lambda s: bevat.is_valid("BE" + s), prefix="0")
    tva_p = f"BE {tva[2:6]}.{tva[6:9]}.{tva[9:]}"
    no = [
        f"{d.year}/{rng.randint(100, 999)}",
        f"F-{rng.randint(1000, 9999)}",
        f"{d.strftime('%y')}{rng.randint(1000, 9999)}",
        f"FAC {rng.randint(100, 999)}",
    ][i]
    fd = [
        fr_date,
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d.%m.%Y"),
    ][i]
    due = d + dt.timedelta(days=rng.choice([15, 30])) if i != 1 else None
    term = None if due else "Payée comptant le jour de l'événement"
    po = [f"BC {rng.randint(4000000, 4999999)}", None, f"Dossier {rng.randint(100, 999)}/{d.year}", None][i]
    head = [("N°", no), ("Date", fd(d))]
    if po:
        head.append(("Votre référence", po))
    if due:
        head.append(("Échéance", fd(due)))
    ev = d - dt.timedelta(days=rng.randint(1, 10))
    comm = _structured(rng)
    m = sp
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        tel=f"{rng.randint(220, 380)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        tva=tva_p,
        bname=bname,
        baddr=baddr,
        btva=f"BE 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}" if i in (0, 2) else None,
        head=head,
        event=f"Prestation traiteur du {fd(ev)} — {rng.choice(['salle des fêtes', 'à domicile', 'dans vos locaux', 'au club-house'])}, {rng.randint(20, 120)} personnes prévues.",
        items=[
            {
                "d": x["desc"],
                "q": qstr(x["qty"]),
                "u": x["unit"],
                "p": m(x["price"]),
                "a": m(x["amount"]),
                "r": str(x["rate"]),
            }
            for x in items
        ],
        summary=[{"r": str(r), "b": m(b), "v": m(v)} for r, b, v in summary],
        net=m(net),
        tax=m(tax),
        total=m(total),
        pay=(
            f"À payer pour le {fd(due)} au compte BE{rng.randint(10, 99)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} (BIC GEBABEBB) avec la communication structurée {comm}."
            if due
            else f"{term}. Merci !"
        ),
    )
    notes = (
        "Liège (Wallonia, Belgium) caterer's FACTURE in French with NO TABLE: each item is one line '<description> — <qty> <unit> à <price> €' with DOT LEADERS to its amount and the TVA rate under it; TVA 12 % on the catering service (meals served, staff), 21 % on alcoholic drinks and 6 % on take-away pastries; a TVA line per rate between 'Total HTVA' and 'Total TVA'; in euros ('1 234,50 €'): vendor = the name centred at the top; vendor_tax_id = its 'TVA' number as printed ('BE 0xxx.xxx.xxx'; the customer's TVA number is a decoy). "
        "invoice_number = 'N°'; invoice_date = 'Date' ("
        + ["French words ('12 mars 2026')", "dd/mm/yyyy", "dd/mm/yyyy", "dd.mm.yyyy"][i]
        + "); the date of the catering service and the number of guests are decoys"
        + (", so is the structured communication" if due else "")
        + ". "
        + due_note(due, term, "Échéance")
        + po_note(po, "Votre référence")
        + "subtotal = 'Total HTVA'; tax = 'Total TVA'; total = 'Total TVAC à payer'. Currency EUR. Line items: every dotted line (net of TVA)."
    )
    t = truth(vname, tva_p, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {
        "printed": [
            fd(d),
            no,
            vname,
            tva_p,
            "Total TVAC à payer",
            fd(due) if due else None,
            comm if due else None,
            fd(ev),
        ]
    }
    return t, chk, (LG_HTML.replace("@@BASE@@", css(margin="14mm 16mm", fs="8.8pt")), ctx)
