"""Chromium (HTML) styles for set 44, second part (04 Ostrava wholesaler's FAKTURA – DAŇOVÝ DOKLAD in Czech with a
LEFT SIDEBAR holding the amount to pay, DPH 21 % / 12 % with a recapitulation per rate, a rounding row or a deposit
deducted, 05 Akureyri supplier's REIKNINGUR in Icelandic with the total and due date in a band at the TOP, VSK 24 % /
11 % and whole krónur '1.234.567 kr.')."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, cs_date, is_date
from invoice_kit import css, de, digits, iban, iban_fmt, q0, qstr, rand_date, sp, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from stdnum.cz import bankaccount, dic
from stdnum.is_ import kennitala

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Ostrava (DPH 21 % / 12 %, CZK), left sidebar
OV_V = [
    ("Slezská gastro velkoobchod s.r.o.", "Nádražní 1543/112, 702 00 Ostrava-Moravská Ostrava", "#7f1d1d"),
    ("Vítkovice Technik a.s.", "Ruská 2887/101, 703 00 Ostrava-Vítkovice", "#1e3a8a"),
    ("Poruba Print & Office s.r.o.", "Opavská 6230/29a, 708 00 Ostrava-Poruba", "#14532d"),
    ("Hotelové potřeby Stodolní s.r.o.", "Stodolní 872/20, 702 00 Ostrava", "#581c87"),
]
OV_B = [
    ("Restaurace U Rudolfa s.r.o.", "Masarykovo nám. 9, 702 00 Ostrava", "CZ"),
    ("Frýdecká strojírna a.s.", "Revoluční 1120, 738 01 Frýdek-Místek", "CZ"),
    ("Základní škola Havířov-Město", "Školní 3, 736 01 Havířov", None),
    ("Hotel Beskydy Resort s.r.o.", "Trojanovice 110, 744 01 Frenštát pod Radhoštěm", "CZ"),
]
OV_ROWS = [  # (desc, unit, qlo, qhi, lo, hi, DPH %)
    ("Vepřová plec bez kosti", "kg", 5, 80, "89.90", "149.90", 12),
    ("Kuřecí prsa chlazená", "kg", 5, 60, "119.00", "189.00", 12),
    ("Pivo světlý ležák, sud 50 l", "ks", 1, 12, "1890.00", "2790.00", 21),
    ("Minerální voda 1,5 l (bal. 6 ks)", "bal", 2, 40, "59.90", "99.90", 12),
    ("Mouka hladká 25 kg", "pytel", 1, 20, "389.00", "549.00", 12),
    ("Čisticí prostředek na nádobí 5 l", "ks", 1, 24, "189.00", "349.00", 21),
    ("Jednorázové rukavice nitril (100 ks)", "bal", 1, 30, "129.00", "249.00", 21),
    ("Kancelářský papír A4 80 g", "bal", 5, 100, "109.00", "159.00", 21),
    ("Toner HP 59A", "ks", 1, 6, "2290.00", "3890.00", 21),
    ("Servis kompresoru (hod.)", "hod", 1, 16, "690.00", "1150.00", 21),
    ("Ložní prádlo, souprava", "ks", 2, 40, "590.00", "1290.00", 21),
    ("Ručník froté 50x100", "ks", 5, 100, "119.00", "259.00", 21),
    ("Káva zrnková 1 kg", "kg", 1, 20, "389.00", "649.00", 12),
    ("Doprava Ostrava a okolí", "km", 10, 120, "18.00", "32.00", 21),
    ("Sýr eidam 30 %", "kg", 2, 40, "139.00", "199.00", 12),
    ("Těstoviny semolinové 5 kg", "ks", 1, 20, "189.00", "289.00", 12),
    ("Olej slunečnicový 10 l", "ks", 1, 20, "329.00", "459.00", 12),
    ("Ubrousky papírové 3vrstvé", "bal", 5, 80, "39.00", "79.00", 21),
    ("Pečicí papír 50 m", "ks", 2, 30, "69.00", "129.00", 21),
    ("Rajčata loupaná 2,5 kg", "ks", 2, 40, "89.00", "139.00", 12),
    ("Hovězí zadní bez kosti", "kg", 2, 30, "349.00", "499.00", 12),
    ("Cukr krystal 1 kg", "kg", 10, 100, "19.90", "32.90", 12),
    ("Smetana ke šlehání 31 % 1 l", "ks", 2, 40, "119.00", "169.00", 12),
    ("Vinný ocet 1 l", "ks", 2, 30, "22.90", "39.90", 12),
    ("Alobal 30 cm x 100 m", "ks", 1, 20, "189.00", "299.00", 21),
]
OV_HTML = """<html lang="cs"><head><meta charset="utf-8"><style>@@BASE@@
.side{position:fixed;left:0;top:0;bottom:0;width:56mm;background:{{ color }};color:#fff;padding:10mm 5mm;box-sizing:border-box;font-size:7.6pt;line-height:1.45}
.main{margin-left:62mm;margin-right:10mm;padding-top:9mm} .lbl{color:#e5e7eb;font-size:6.4pt;text-transform:uppercase;margin-top:7px;letter-spacing:.5px}
table.it{width:100%;border-collapse:collapse;margin-top:8px} table.it th{border-bottom:1.5px solid #333;font-size:7pt;text-align:left;padding:3px} table.it td{padding:2.5px 3px;font-size:7.7pt;border-bottom:1px solid #e5e7eb}
.r{text-align:right;white-space:nowrap} .small{font-size:6.8pt;color:#555}
</style></head><body>
<div class="side"><div class="lbl">Dodavatel</div><div style="font-size:10.5pt;font-weight:bold;line-height:1.2">{{ vname }}</div><div>{{ vaddr }}</div>
<div class="lbl">IČO / DIČ</div><div>{{ ico }}<br><b>{{ vid }}</b></div><div class="lbl">Bankovní spojení</div><div>{{ bank }}<br>{{ acct }}<br>IBAN {{ iban }}</div>
<div class="lbl">Variabilní symbol</div><div><b>{{ vs }}</b></div><div class="lbl">Konstantní symbol</div><div>0308</div>
<div style="margin-top:12px;background:#fff;color:#111;padding:6px"><div style="font-size:6.6pt;color:#555">{{ pay_label }}</div><div style="font-size:13pt;font-weight:bold">{{ topay }} Kč</div>{% if due %}<div style="font-size:7pt">splatnost {{ due }}</div>{% endif %}</div>
<div style="margin-top:10px">{{ qr|safe }}<div style="font-size:6.4pt">QR Platba</div></div>
<div class="small" style="color:#e5e7eb;margin-top:8px">Společnost zapsaná v obchodním rejstříku vedeném Krajským soudem v Ostravě, oddíl {{ oddil }}, vložka {{ vlozka }}</div></div>
<div class="main">
<table style="width:100%"><tr><td><div style="font-size:16pt;font-weight:bold">FAKTURA – DAŇOVÝ DOKLAD</div></td><td class="r" style="font-size:11pt">č. <b>{{ no }}</b></td></tr></table>
<table style="width:100%;margin-top:8px;font-size:8pt"><tr><td style="width:52%;vertical-align:top;border:1px solid #d1d5db;padding:5px"><span class="small">ODBĚRATEL</span><br><b>{{ bname }}</b><br>{{ baddr }}<br>IČO: {{ bico }}{% if bdic %} · DIČ: {{ bdic }}{% endif %}</td>
<td style="vertical-align:top;padding-left:8px;line-height:1.5">Datum vystavení: <b>{{ date }}</b><br>Datum uskut. zdaň. plnění: {{ duzp }}<br>{% if due %}Datum splatnosti: <b>{{ due }}</b><br>{% endif %}Forma úhrady: {{ forma }}{% if po %}<br>Objednávka č.: {{ po }}{% endif %}{% if dl %}<br>Dodací list: {{ dl }}{% endif %}</td></tr></table>
<table class="it"><tr><th>Označení dodávky</th><th class="r">Množství</th><th>MJ</th><th class="r">Cena za MJ</th><th class="r">DPH %</th><th class="r">Bez DPH</th><th class="r">DPH</th><th class="r">Celkem</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table style="margin-top:8px;font-size:7.8pt;border-collapse:collapse"><tr class="small"><td style="padding:2px 8px 2px 0">Rekapitulace DPH v Kč</td><td class="r" style="padding:2px 8px">Základ</td><td class="r" style="padding:2px 8px">DPH</td><td class="r" style="padding:2px 8px">Celkem</td></tr>
{% for r in rates %}<tr><td style="padding:2px 8px 2px 0">Sazba {{ r.r }} %</td><td class="r" style="padding:2px 8px">{{ r.b }}</td><td class="r" style="padding:2px 8px">{{ r.t }}</td><td class="r" style="padding:2px 8px">{{ r.g }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:8px;font-size:8.6pt"><tr><td>Celkem bez DPH</td><td class="r" style="padding-left:20px">{{ net }} Kč</td></tr><tr><td>DPH celkem</td><td class="r">{{ tax }} Kč</td></tr>
{% if rnd %}<tr><td>Zaokrouhlení</td><td class="r">{{ rnd }} Kč</td></tr>{% endif %}<tr style="font-weight:bold;font-size:10pt"><td>Celkem k úhradě</td><td class="r">{{ total }} Kč</td></tr>
{% if dep %}<tr><td>Uhrazeno zálohou ({{ zf }})</td><td class="r">-{{ dep }} Kč</td></tr><tr style="font-weight:bold"><td>Zbývá uhradit</td><td class="r">{{ topay }} Kč</td></tr>{% endif %}</table>
<div class="small" style="margin-top:14px">Vystavil: {{ issuer }} · Převzal: ____________ · Fakturujeme Vám za dodané zboží a služby. {{ pdate }}</div>
</div></body></html>"""


@style("04", "cz_ova_ostrava_faktura_dph_21_12_sidebar")
def s04(rng, i):
    vname, vaddr, color = OV_V[i]
    bname, baddr, bcz = OV_B[i]
    d = rand_date(rng)
    items = lines(rng, OV_ROWS, [6, 2, 9, 25][i], D("0.10"))
    for x in items:
        x["rate"] = x["extra"]
        x["tax"] = (x["amount"] * x["rate"] / 100).quantize(D("0.01"))
    rates = by_rate(items)
    net = sum(b for _r, b, _t in rates)
    tax = sum(t for _r, _b, t in rates)
    exact = net + tax
    rnd = q0(exact) - exact if i in (0, 2) else D(0)
    total = exact + rnd
    dep = (q0(total * D(rng.choice([30, 50])) / 100)) if i == 1 else None
    ico = valid(rng, lambda: digits(rng, 8, True), dic.is_valid)
    vid = "CZ" + ico
    bico = valid(rng, lambda: digits(rng, 8, True), dic.is_valid)
    bdic = "CZ" + bico if bcz else None
    acct = valid(rng, lambda: f"{digits(rng, 9, True)}/{rng.choice(['0100', '0300', '0800', '2010'])}", bankaccount.is_valid)
    num, bankc = acct.split("/")
    ib = iban("CZ", bankc + "000000" + num.rjust(10, "0"))
    no = [f"{d.year}{rng.randint(10000, 99999)}", f"FV-{rng.randint(1000, 9999)}/{d.year}", f"{d.strftime('%y')}0{rng.randint(1000, 9999)}", f"{rng.randint(2000000, 2999999)}"][i]
    vs = "".join(c for c in no if c.isdigit())
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}. {x.month}. {x.year}", cs_date, lambda x: x.strftime("%d.%m.%Y")][i]
    duzp = d - dt.timedelta(days=rng.randint(0, 10))
    due = d + dt.timedelta(days=rng.choice([14, 21, 30])) if i != 0 else None
    forma = "převodním příkazem" if due else "hotově"
    po = [None, f"OBJ-{rng.randint(100, 999)}/{d.year}", f"{rng.randint(10, 99)}/{d.year}", None][i]
    m = sp
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, ico=ico, vid=vid, bank=rng.choice(["Komerční banka, a.s.", "Česká spořitelna, a.s.", "ČSOB, a.s.", "Fio banka, a.s."]), acct=acct, iban=iban_fmt(ib),
        vs=vs, pay_label="ZBÝVÁ UHRADIT" if dep else ("K ÚHRADĚ" if due else "UHRAZENO HOTOVĚ"), topay=m(total - (dep or 0)), due=fd(due) if due else None, qr=qr_svg(rng, 22),
        oddil=rng.choice(["B", "C"]), vlozka=rng.randint(1000, 99999), no=no, bname=bname, baddr=baddr, bico=bico, bdic=bdic, date=fd(d), duzp=fd(duzp), forma=forma, po=po,
        dl=f"DL{rng.randint(10000, 99999)}" if i != 2 else None,
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": x["rate"], "a": m(x["amount"]), "t": m(x["tax"]), "g": m(x["amount"] + x["tax"])} for x in items],
        rates=[{"r": r, "b": m(b), "t": m(t), "g": m(b + t)} for r, b, t in rates], net=m(net), tax=m(tax), rnd=m(rnd) if rnd else None, total=m(total), dep=m(dep) if dep else None,
        zf=f"ZF{rng.randint(1000, 9999)}", issuer=rng.choice(["Ing. Petra Nováková", "Jan Dvořák", "Lucie Procházková", "Tomáš Kolář"]),
        pdate=f"Zálohová faktura {rng.randint(1000, 9999)} uhrazena dne {(d - dt.timedelta(days=rng.randint(10, 40))).strftime('%d.%m.%Y')}." if dep else "",
    )
    notes = (
        "Ostrava (Czech Republic) supplier's FAKTURA – DAŇOVÝ DOKLAD in Czech with a coloured LEFT SIDEBAR (IČO, DIČ, bank, variabilní symbol, the amount to pay boxed, QR Platba), '1 234,56 Kč', DPH "
        + " % and ".join(str(r) for r, _b, _t in rates) + " % per row and a recapitulation per rate"
        + (", a 'Zaokrouhlení' (rounding) row before the total" if rnd else "")
        + (", a deposit invoice ('Uhrazeno zálohou') deducted after the total and 'Zbývá uhradit'" if dep else "")
        + ": vendor = the name in the sidebar; vendor_tax_id = its DIČ (CZ + IČO; the IČO alone, the buyer's IČO/DIČ, the bank account, IBAN, variabilní and konstantní symbol, the court register and the delivery note are decoys). "
        "invoice_number = 'č.' after the title; invoice_date = 'Datum vystavení' (" + ["dd.mm.yyyy", "d. m. yyyy", "Czech long date '12. března 2026'", "dd.mm.yyyy"][i] + "; 'Datum uskut. zdaň. plnění' is a decoy). "
        + due_note(due, None if due else "hotově", "Datum splatnosti")
        + po_note(po, "Objednávka č.")
        + "subtotal = 'Celkem bez DPH'; tax = 'DPH celkem'; total = 'Celkem k úhradě'"
        + (" (after the rounding; the check file's total_adjustment is the rounding)" if rnd else "")
        + (" (before the deposit; the deposit and 'Zbývá uhradit' are decoys)" if dep else "")
        + ". Currency CZK. Line items: every row, the amount without DPH ('Bez DPH')."
    )
    t = truth(vname, vid, no, po, d, due, "CZK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bdic, ico, "Celkem k úhradě", fd(due) if due else None, fd(duzp)], "total_adjustment": str(rnd)}
    return t, chk, (OV_HTML.replace("@@BASE@@", css(margin="0", fs="8.4pt")), ctx)


# =========================================================================== 05 Akureyri (VSK 24 % / 11 %, ISK), total band at the top
AK_V = [
    ("Norðurljós Hótel ehf.", "Hafnarstræti 67, 600 Akureyri", "#0c4a6e"),
    ("Eyjafjarðar Fiskvinnsla hf.", "Fiskitangi 4, 600 Akureyri", "#155e75"),
    ("Bókabúð Akureyrar ehf.", "Hafnarstræti 91, 600 Akureyri", "#7c2d12"),
    ("Hlíðarfjall Útivist ehf.", "Glerárgata 32, 603 Akureyri", "#3f6212"),
]
AK_B = [
    ("Ferðaskrifstofa Norðurlands ehf.", "Strandgata 3, 600 Akureyri"),
    ("Veitingahúsið Rub23 ehf.", "Kaupvangsstræti 6, 600 Akureyri"),
    ("Menntaskólinn á Akureyri", "Eyrarlandsvegi 28, 600 Akureyri"),
    ("Skíðafélag Dalvíkur", "Böggvisstöðum, 620 Dalvík"),
]
AK_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, VSK %)
    0: [("Gisting, tveggja manna herbergi", "nótt", 1, 14, 18900, 42900, 11), ("Morgunverður", "stk.", 2, 40, 2900, 4500, 11), ("Kvöldverður, þriggja rétta", "stk.", 2, 30, 8900, 14900, 11), ("Fundarsalur, hálfur dagur", "skipti", 1, 3, 35000, 79000, 24), ("Skjávarpi og tæknibúnaður", "skipti", 1, 3, 9000, 19000, 24), ("Rútuferð til Mývatns", "ferð", 1, 2, 85000, 190000, 24)],
    1: [("Þorskflök, roðlaus", "kg", 10, 200, 1890, 2990, 11), ("Ýsa, heil", "kg", 10, 150, 990, 1690, 11), ("Bleikja frá Ólafsfirði", "kg", 5, 60, 2490, 3690, 11), ("Harðfiskur, 100 g", "pk.", 10, 100, 1290, 1990, 11), ("Frauðplastkassar", "stk.", 10, 200, 390, 690, 24), ("Akstur innanbæjar", "ferð", 1, 4, 4500, 9500, 24), ("Humar, skelflettur", "kg", 1, 20, 8900, 12900, 11)],
    2: [("Íslensk orðabók", "stk.", 1, 20, 6900, 12900, 11), ("Kennslubók í stærðfræði", "stk.", 5, 60, 4990, 8990, 11), ("Skáldsaga, kilja", "stk.", 1, 30, 2990, 4990, 11), ("Reikningsbók A4", "stk.", 10, 200, 290, 690, 24), ("Blýantar, 12 í pakka", "pk.", 5, 80, 590, 1290, 24), ("Prentpappír A4, kassi", "kassi", 1, 20, 4990, 7990, 24), ("Vasareiknir", "stk.", 5, 40, 1990, 4990, 24), ("Landakort af Íslandi", "stk.", 1, 20, 1890, 3490, 11)],
    3: [("Skíðaleiga, dagur", "dagur", 1, 30, 4900, 8900, 24), ("Gönguskíði", "stk.", 1, 10, 39000, 89000, 24), ("Skíðahjálmur", "stk.", 1, 20, 12900, 24900, 24), ("Skíðaáburður", "stk.", 2, 30, 1990, 4990, 24), ("Ullarpeysa", "stk.", 1, 12, 18900, 32900, 24), ("Viðgerð á skíðum", "stk.", 1, 15, 3900, 7900, 24)],
}
AK_HTML = """<html lang="is"><head><meta charset="utf-8"><style>@@BASE@@
.r{text-align:right;white-space:nowrap} .small{font-size:7pt;color:#555} .band{background:{{ color }};color:#fff;padding:8px 10px;margin-top:10px}
.band td{color:#fff;padding:0 14px 0 0;vertical-align:bottom} .band .l{font-size:6.8pt;opacity:.85} table.it{width:100%;border-collapse:collapse;margin-top:12px}
table.it th{font-size:7.2pt;text-align:left;border-bottom:1px solid {{ color }};padding:3px} table.it td{padding:3px;font-size:8pt;border-bottom:1px dotted #ccc}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div style="font-size:8pt">{{ vaddr }}<br>Kt. {{ kt }} · VSK-nr. <b>{{ vsk }}</b> · Sími 46{{ tel }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:18pt;color:#333">REIKNINGUR</div><div class="small">{{ orig }}</div></td></tr></table>
<div class="band"><table><tr><td><div class="l">Til greiðslu</div><div style="font-size:17pt;font-weight:bold">{{ total }} kr.</div></td>{% if due %}<td><div class="l">Eindagi</div><div style="font-size:11pt;font-weight:bold">{{ due }}</div></td>{% endif %}
<td><div class="l">Reikningsnúmer</div><div style="font-size:11pt;font-weight:bold">{{ no }}</div></td><td><div class="l">Dagsetning</div><div style="font-size:11pt;font-weight:bold">{{ date }}</div></td></tr></table></div>
<table style="width:100%;margin-top:10px;font-size:8.2pt"><tr><td style="vertical-align:top"><span class="small">Greiðandi</span><br><b>{{ bname }}</b><br>{{ baddr }}<br>Kt. {{ bkt }}</td>
<td style="vertical-align:top;line-height:1.5">{% if po %}Pöntunarnúmer: {{ po }}<br>{% endif %}Viðskiptamannanúmer: {{ cust }}<br>{% if period %}Tímabil: {{ period }}<br>{% endif %}Greiðslumáti: {{ pay }}</td></tr></table>
<table class="it"><tr><th>Vörunr.</th><th>Lýsing</th><th class="r">Magn</th><th>Eining</th><th class="r">Einingarverð</th><th class="r">VSK</th><th class="r">Upphæð</th></tr>
{% for it in items %}<tr><td class="small">{{ it.n }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}%</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:10px;font-size:8.6pt">
<tr><td>Samtals án VSK</td><td class="r" style="padding-left:24px">{{ net }}</td></tr>
{% for r in rates %}<tr><td>VSK {{ r.r }}% af {{ r.b }}</td><td class="r">{{ r.t }}</td></tr>{% endfor %}
<tr><td>VSK samtals</td><td class="r">{{ tax }}</td></tr><tr style="font-weight:bold;font-size:10pt"><td>Samtals með VSK</td><td class="r">{{ total }}</td></tr></table>
<div style="margin-top:16px;font-size:8pt">{{ paytext }}</div>
<div class="small" style="margin-top:4px">Bankareikningur: {{ bank }} · kt. {{ kt }}{% if iban %} · IBAN {{ iban }} · SWIFT {{ swift }}{% endif %}</div>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center">{{ vname }} · {{ vaddr }} · Kt. {{ kt }} · VSK-nr. {{ vsk }}</div>
</body></html>"""


def _kt(rng, company=True):
    first = (lambda: str(rng.randint(41, 71))) if company else (lambda: f"{rng.randint(1, 28):02d}")
    k = valid(rng, lambda: first() + f"{rng.randint(1, 12):02d}" + digits(rng, 5) + rng.choice("90"), kennitala.is_valid)
    return k[:6] + "-" + k[6:]


@style("05", "is_aey_akureyri_reikningur_vsk_24_11_total_top")
def s05(rng, i):
    vname, vaddr, color = AK_V[i]
    bname, baddr = AK_B[i]
    d = rand_date(rng)
    items = lines(rng, AK_ROWS[i], [4, 7, 8, 1][i], D("1"))
    for x in items:
        x["rate"] = x["extra"]
    rates = by_rate(items, q=q0)
    net = sum(b for _r, b, _t in rates)
    tax = sum(t for _r, _b, t in rates)
    total = net + tax
    kt = _kt(rng)
    bkt = _kt(rng, company=i != 3)
    vsk = f"{rng.randint(10000, 139999)}"
    no = [f"{rng.randint(10000, 99999)}", f"R{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(100000, 399999)}", f"{d.year}-{rng.randint(10, 999):04d}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), is_date, lambda x: x.strftime("%d.%m.%Y"), is_date][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 30])) if i != 3 else None
    po = [f"P-{rng.randint(1000, 9999)}", None, f"{rng.randint(100, 999)}/{d.year}", None][i]
    period = f"{(d - dt.timedelta(days=30)).strftime('%d.%m.%Y')} – {(d - dt.timedelta(days=1)).strftime('%d.%m.%Y')}" if i == 1 else None
    bank = f"0{rng.choice(['162', '565', '302', '133'])}-26-{rng.randint(1000, 999999):06d}"
    m = lambda x: de(x, 0)  # noqa: E731
    paytext = (f"Greiðsluseðill hefur verið stofnaður í netbanka greiðanda. Vinsamlegast greiðið eigi síðar en {fd(due)}. Dráttarvextir reiknast frá eindaga." if due
               else "Greitt með korti við afhendingu. Takk fyrir viðskiptin!")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, kt=kt, vsk=vsk, tel=f"{rng.randint(1, 9)} {rng.randint(1000, 9999)}", orig="Frumrit" if i % 2 == 0 else "Afrit",
        total=m(total), due=fd(due) if due else None, no=no, date=fd(d), bname=bname, baddr=baddr, bkt=bkt, po=po, cust=str(rng.randint(1000, 9999)), period=period,
        pay="Millifærsla / greiðsluseðill" if due else "Kort", items=[{"n": str(rng.randint(1000, 99999)), "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": m(x["price"]), "r": x["rate"], "a": m(x["amount"])} for x in items],
        net=m(net), rates=[{"r": r, "b": m(b), "t": m(t)} for r, b, t in rates], tax=m(tax), paytext=paytext, bank=bank,
        iban=iban_fmt(iban("IS", bank.replace("-", "") + kt.replace("-", ""))) if i in (0, 2) else None, swift=rng.choice(["NBIIISRE", "ESJAISRE", "ARIOISRE"]),
    )
    notes = (
        "Akureyri (Iceland) supplier's REIKNINGUR in Icelandic with the amount to pay ('Til greiðslu'), the due date ('Eindagi'), number and date in a coloured BAND at the TOP, whole krónur with dots ('1.234.567 kr.'), VSK "
        + " % and ".join(str(r) for r, _b, _t in rates) + " % per row and per rate: vendor = the name at the top; vendor_tax_id = its 'VSK-nr.' (the VAT number; the 'Kt.' kennitala, the payer's kennitala, the customer number, the bank account and IBAN are decoys). "
        "invoice_number = 'Reikningsnúmer'; invoice_date = 'Dagsetning' (" + ["dd.mm.yyyy", "Icelandic long date '12. mars 2026'", "dd.mm.yyyy", "Icelandic long date"][i] + (", the service period is a decoy" if period else "") + "). "
        + due_note(due, None if due else "Greitt með korti", "Eindagi")
        + po_note(po, "Pöntunarnúmer")
        + "subtotal = 'Samtals án VSK'; tax = 'VSK samtals'; total = 'Samtals með VSK' (= 'Til greiðslu'). Currency ISK. Line items: every row, the amount without VSK."
    )
    t = truth(vname, vsk, no, po, d, due, "ISK", net, tax, total, items, notes)
    chk = [fd(d), no, vname, vsk, kt, bkt, "Til greiðslu", fd(due) if due else None]
    return t, chk, (AK_HTML.replace("@@BASE@@", css(margin="13mm 14mm 16mm", fs="8.6pt")), ctx)
