"""Chromium (HTML) styles for set 9, part A (01 Albanian fiscalised faturë tatimore with NIVF/NSLF, 02 Armenian
invoice in Armenian script, 03 Azerbaijani e-qaimə-faktura / hesab-faktura, 04 Ecuadorian RIDE with its access key)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, ec_clave
from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    exact_price,
    fnum,
    iban,
    iban_fmt,
    li,
    mt,
    q0,
    q2,
    qstr,
    rand_date,
    sp,
    style_registry,
    valid,
)
from kit_common import bars_svg, items_from, qr_svg
from stdnum.al import nipt as _nipt
from stdnum.az import voen as _voen
from stdnum.ec import ruc as _ruc

STYLES, style = style_registry("chromium")


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# =========================================================================== 01 Albanian faturë tatimore (NIPT, NIVF, NSLF, TVSH 20 % / 6 %)
AL_V = [
    ("Agro Shqipëria sh.p.k.", "Rruga e Durrësit, Nr. 112", "1001 Tiranë", "#2e6b30"),
    ("Hotel Butrinti sh.a.", "Rruga Jonianët, Nr. 4", "9701 Sarandë", "#1b5a8a"),
    ("Elektro Vlora sh.p.k.", "Lagja Pavarësia, Rr. Sadik Zotaj", "9401 Vlorë", "#a0401c"),
    ("Studio Kodra Arkitektura sh.p.k.", "Bulevardi Zogu I, Nr. 31/2", "1001 Tiranë", "#333333"),
]
AL_B = [
    ("Supermarketi Eco sh.p.k.", "Rruga Myslym Shyri 45, Tiranë"),
    ("Albania Travel Group sh.p.k.", "Rruga Ibrahim Rugova 8, Tiranë"),
    ("Energji Jug GmbH, dega në Shqipëri", "Rruga Murat Terbaçi 20, Vlorë"),
    ("Bashkia Shkodër", "Sheshi 2 Prilli, Shkodër"),
]
AL_L = [
    [("Vaj ulliri ekstra i virgjër 1 l", "copë", 690, 1150, 12, 240, 20), ("Djathë i bardhë Gjirokastre", "kg", 540, 890, 10, 200, 20),
     ("Mjaltë mali 500 g", "copë", 780, 1350, 12, 120, 20), ("Çaj mali i thatë 100 g", "pako", 210, 390, 20, 300, 20), ("Arra të qëruara", "kg", 1400, 2100, 5, 60, 20)],
    [("Akomodim dhomë dyshe me mëngjes", "natë", 5800, 11500, 2, 40, 6), ("Akomodim dhomë teke", "natë", 4200, 7900, 1, 20, 6),
     ("Darkë grupi (menu fikse)", "person", 1400, 2600, 10, 60, 20), ("Transfertë nga porti", "udhëtim", 2500, 6000, 1, 6, 20)],
    [("Kabllo NYY-J 5x16 mm²", "m", 9.8, 16.5, 50, 600, 20), ("Panel diellor 450 W", "copë", 118, 189, 4, 60, 20),
     ("Invertor trifazor 20 kW", "copë", 1650, 2490, 1, 3, 20), ("Punë instalimi", "orë", 18, 32, 8, 120, 20)],
    [("Projekt zbatimi (faza II)", "shërbim", 180000, 420000, 1, 1, 20), ("Supervizim punimesh", "muaj", 55000, 95000, 1, 4, 20),
     ("Relacion teknik dhe preventiv", "shërbim", 40000, 90000, 1, 1, 20)],
]
S01_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
    + """
.hd{color:{{ color }}} .fisc{border:1px solid {{ color }};padding:5px 7px;font-size:7.2pt;line-height:1.45} .fisc b{font-size:7.6pt}
table.kv td{padding:1px 8px 1px 0} table.it{width:100%;margin-top:12px} table.it th{background:{{ color }};color:#fff;font-size:7.4pt;padding:3px 4px;text-align:left} table.it th.r{text-align:right}
table.it td{padding:3px 4px;border-bottom:1px solid #ccc} table.tot{margin-left:auto;margin-top:8px} table.tot td{padding:2px 6px} .buy{border-left:3px solid {{ color }};padding:3px 8px;margin-top:10px}
</style></head><body>
<table style="width:100%"><tr><td style="width:58%"><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div>{{ v1 }}, {{ v2 }}<br>NIPT: <b>{{ nipt }}</b><br>Tel. {{ tel }} · {{ mail }}</td>
<td class="fisc">{{ qr|safe }}<br><b>NIVF:</b> {{ nivf }}<br><b>NSLF:</b> {{ nslf }}{% if tcr %}<br>Kodi i pajisjes (TCR): {{ tcr }}{% endif %}</td></tr></table>
<div class="hd" style="font-size:17pt;font-weight:bold;margin-top:12px;letter-spacing:1px">FATURË TATIMORE</div>
<table style="width:100%;margin-top:4px"><tr><td style="width:52%"><table class="kv"><tr><td>Nr. i faturës:</td><td><b>{{ no }}</b></td></tr><tr><td>Data dhe ora e lëshimit:</td><td>{{ d }} {{ time }}</td></tr>
{% if due %}<tr><td>Afati i pagesës:</td><td>{{ due }}</td></tr>{% endif %}<tr><td>Mënyra e pagesës:</td><td>{{ pay }}</td></tr>{% if po %}<tr><td>Nr. i porosisë:</td><td>{{ po }}</td></tr>{% endif %}{% if contract %}<tr><td>Kontrata nr.:</td><td>{{ contract }}</td></tr>{% endif %}
<tr><td>Monedha:</td><td>{{ cur }}</td></tr>{% if rate %}<tr><td>Kursi i këmbimit:</td><td>1 EUR = {{ rate }} ALL</td></tr>{% endif %}</table></td>
<td><div class="buy"><span style="font-size:7pt;color:#666">BLERËSI</span><br><b>{{ b_name }}</b><br>{{ b_addr }}<br>NIPT i blerësit: {{ b_nipt }}</div></td></tr></table>
<table class="it"><tr><th>Nr.</th><th style="width:38%">Përshkrimi i mallit / shërbimit</th><th>Njësia</th><th class="r">Sasia</th><th class="r">Çmimi pa TVSH</th><th class="r">TVSH %</th><th class="r">Vlera pa TVSH</th><th class="r">Vlera me TVSH</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table class="tot"><tr><td>Vlera totale pa TVSH</td><td class="r">{{ net }}</td></tr>{% for r in vat_rows %}<tr><td>TVSH {{ r.rate }}% (baza {{ r.base }})</td><td class="r">{{ r.tax }}</td></tr>{% endfor %}
{% if vat_rows|length > 1 %}<tr><td>TVSH gjithsej</td><td class="r">{{ tax }}</td></tr>{% endif %}<tr><td style="border-top:2px solid {{ color }}"><b>Vlera totale me TVSH ({{ cur }})</b></td><td class="r" style="border-top:2px solid {{ color }}"><b>{{ total }}</b></td></tr>
{% if rate %}<tr><td style="color:#666">Kundërvlera në ALL</td><td class="r" style="color:#666">{{ total_all }}</td></tr>{% endif %}</table>
<div style="margin-top:12px;font-size:7.8pt">{{ bank|safe }}</div>
<div style="margin-top:22px;font-size:7pt;color:#555;border-top:1px solid #ccc;padding-top:4px">Fatura është fiskalizuar pranë Drejtorisë së Përgjithshme të Tatimeve. Kodi i njësisë së biznesit: {{ bu }} · Kodi i operatorit: {{ op }} · Kodi i softuerit: {{ soft }} · Verifikoni faturën në efiskalizimi-app.tatime.gov.al</div>
<table style="width:100%;margin-top:26px"><tr><td class="c">Shitësi<br><br>__________________</td><td class="c">Blerësi<br><br>__________________</td></tr></table>
</body></html>"""
)


@style("01", "al_fature_tatimore_nivf")
def s01(rng, i):
    vname, v1, v2, color = AL_V[i]
    bname, baddr = AL_B[i]
    d = rand_date(rng)
    cur = "EUR" if i == 2 else "ALL"
    items = items_from(rng, AL_L[i], rng.randint(2, 4), step=D("0.01") if cur == "EUR" else D("10"))
    for it in items:
        it["rate"] = D(it["extra"])
        it["tax"] = q2(it["amount"] * it["rate"] / 100)
    net = sum(it["amount"] for it in items)
    vat_rows = []
    for r in sorted({it["rate"] for it in items}, reverse=True):
        vat_rows.append((r, sum(it["amount"] for it in items if it["rate"] == r), sum(it["tax"] for it in items if it["rate"] == r)))
    tax = sum(v[2] for v in vat_rows)
    total = net + tax
    fm = [de, en, de, sp][i]
    nipt = valid(rng, lambda: rng.choice("JKLM") + digits(rng, 8) + rng.choice("ABCDEFGHIJKLMNOPRSTUVW"), _nipt.is_valid)
    b_nipt = valid(rng, lambda: rng.choice("JKL") + digits(rng, 8) + rng.choice("ABCDEFGHKLNS"), _nipt.is_valid)
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    tcr = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2)) + digits(rng, 3) + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(2)) + digits(rng, 3)
    ordn = rng.randint(12, 4800)
    no = f"{ordn}/{d.year}/{tcr}" if i in (0, 1) else f"{ordn}/{d.year}"
    due = {0: d + dt.timedelta(days=30), 2: d + dt.timedelta(days=15)}.get(i)
    po = [f"POR-{rng.randint(1000, 9999)}", None, f"PO {rng.randint(4500000000, 4500999999)}", None][i]
    contract = f"{rng.randint(10, 99)}/{d.year - 1}" if i == 3 else None
    rate = D(rng.randint(9600, 10300)) / 100 if i == 2 else None
    nivf = "-".join(hexs(rng, n) for n in (8, 4, 4, 4, 12))
    nslf = hexs(rng, 32).upper()
    ib = iban("AL", rng.choice(["202", "205", "212", "208"]) + digits(rng, 5) + digits(rng, 16))
    bank = (
        "Paguar në dorë (para në dorë) – arka e recepsionit." if i == 1 else
        f"Llogaria bankare: {rng.choice(['Raiffeisen Bank sh.a.', 'Banka Kombëtare Tregtare', 'Credins Bank', 'OTP Bank Albania'])} · IBAN <b>{iban_fmt(ib)}</b> · SWIFT {rng.choice(['SGSBALTX', 'NCBAALTX', 'CDISALTR'])}"
        + (" · Ju lutem shënoni nr. e faturës në pagesë." if i != 3 else " · Pagesa brenda 30 ditëve nga marrja e faturës.")
    )
    ctx = dict(
        color=color, v_name=vname, v1=v1, v2=v2, nipt=nipt, tel=f"+355 {rng.randint(42, 69)} {digits(rng, 3)} {digits(rng, 4)}", mail="info@" + vname.split()[0].lower().replace("ë", "e") + ".al",
        qr=qr_svg(rng, 22), nivf=nivf, nslf=nslf, tcr=tcr if i in (0, 1) else None, no=no, d=f(d), time=f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        due=f(due) if due else None, pay=["Transfertë bankare", "Para në dorë", "Transfertë bankare", "Transfertë bankare"][i], po=po, contract=contract,
        cur={"ALL": "ALL (Lekë)", "EUR": "EUR"}[cur], rate=de(rate) if rate else None, b_name=bname, b_addr=baddr, b_nipt=b_nipt,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": fm(it["qty"], 0), "p": fm(it["price"]), "r": qstr(it["rate"]), "a": fm(it["amount"]), "g": fm(it["amount"] + it["tax"])} for it in items],
        net=fm(net), vat_rows=[{"rate": qstr(r), "base": fm(b), "tax": fm(t)} for r, b, t in vat_rows], tax=fm(tax), total=fm(total), total_all=fm(q2(total * rate)) if rate else None,
        bank=bank, bu=hexs(rng, 2) + digits(rng, 3) + hexs(rng, 2) + digits(rng, 3), op=hexs(rng, 2) + digits(rng, 3) + hexs(rng, 2) + digits(rng, 3), soft=hexs(rng, 2) + digits(rng, 3) + hexs(rng, 2) + digits(rng, 3),
    )
    notes = (
        "Albanian fiscalised faturë tatimore: vendor = the letterhead; vendor tax id = its NIPT (letter + 8 digits + letter) under the name; the buyer's NIPT is a decoy. "
        "invoice_number = 'Nr. i faturës' as printed (" + ("ordinal/year/TCR code" if i in (0, 1) else "ordinal/year") + "); NIVF (a UUID), NSLF (32 hex), the TCR, business-unit, operator and software codes are decoys. "
        "invoice_date = 'Data dhe ora e lëshimit' (dd.mm.yyyy with a time). "
        + ("due = 'Afati i pagesës'. " if due else ("paid in cash: no due date (null). " if i == 1 else "no due date printed ('brenda 30 ditëve': null). "))
        + (f"PO = 'Nr. i porosisë' {po}. " if po else ("The 'Kontrata nr.' is no PO. " if contract else "No PO. "))
        + "subtotal = 'Vlera totale pa TVSH'; tax = "
        + ("'TVSH gjithsej' (TVSH 6 % on accommodation and 20 % on the rest; the per-rate rows are parts); " if len(vat_rows) > 1 else "the TVSH row; ")
        + "total = 'Vlera totale me TVSH'. "
        + ("Invoiced in EUR: the exchange rate and 'Kundërvlera në ALL' are decoys. " if rate else "Currency ALL (Lekë). ")
        + f"Amounts {['1.234,56', '1,234.56', '1.234,56', '1 234,56'][i]}. Line items: every row (amount = 'Vlera pa TVSH')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nipt, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency=cur, subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), f(due) if due else None, nipt, no, po, vname, nivf], (S01_HTML, ctx)


# =========================================================================== 02 Armenian invoice (ՀՎՀՀ, ԱԱՀ 20 %, AMD)
AM_V = [
    ("«Արարատ Ֆուդ» ՍՊԸ", "ք. Երևան, Արշակունյաց պող. 34", "«Ամերիաբանկ» ՓԲԸ"),
    ("«Գյումրի Տեքստիլ» ՍՊԸ", "ք. Գյումրի, Ռիժկովի փ. 12", "«Արդշինբանկ» ՓԲԸ"),
    ("«Սևան Սոֆթ» ՓԲԸ", "ք. Երևան, Կոմիտասի պող. 49/3", "«ԱԿԲԱ բանկ» ԲԲԸ"),
    ("Ա/Ձ Արմեն Պետրոսյան", "ք. Վանաձոր, Տիգրան Մեծի պող. 21", "«Ինեկոբանկ» ՓԲԸ"),
]
AM_B = [
    ("«Երևան Սիթի» ՍՊԸ", "ք. Երևան, Տիգրան Մեծի պող. 67"),
    ("«Մոդա Հայաստան» ՍՊԸ", "ք. Երևան, Աբովյան փ. 18"),
    ("«Հայաստանի Էլեկտրական Ցանցեր» ՓԲԸ", "ք. Երևան, Արմենակյան փ. 127"),
    ("«Լոռի Հյուրանոց» ՍՊԸ", "ք. Վանաձոր, Երևանյան խճ. 5"),
]
AM_L = [
    [("Բուլղուր, 1 կգ", "հատ", 420, 690, 50, 600), ("Արևածաղկի ձեթ 1 լ", "հատ", 890, 1250, 40, 480), ("Լավաշ, 10 հատ", "տուփ", 350, 520, 60, 800), ("Պանիր չանախ", "կգ", 2400, 3600, 10, 120)],
    [("Բամբակյա վերնաշապիկ", "հատ", 4200, 7900, 20, 300), ("Ջինսե տաբատ", "հատ", 8900, 14500, 10, 200), ("Բրդյա սվիտեր", "հատ", 11000, 19500, 5, 80), ("Փաթեթավորում", "տուփ", 300, 600, 10, 60)],
    [("Ծրագրային ապահովման մշակում", "ժամ", 9000, 16000, 40, 320), ("Սերվերի սպասարկում (ամսական)", "ամիս", 120000, 260000, 1, 3), ("Լիցենզիա, տարեկան", "հատ", 45000, 95000, 1, 12)],
    [("Սենյակների հավաքում", "ժամ", 2500, 4000, 10, 120), ("Սպիտակեղենի լվացում", "կգ", 450, 800, 40, 400), ("Փոխադրում", "ուղևորություն", 6000, 15000, 1, 8)],
]
S02_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="14mm 15mm", font="'DejaVu Sans',sans-serif", fs="8.6pt")
    + """
table.kv td{padding:1.5px 10px 1.5px 0} table.it{width:100%;margin-top:12px} table.it th,table.it td{border:1px solid #444;padding:3px 4px} table.it th{font-size:7.6pt;background:#f1efe8}
table.it td.lab{text-align:right;font-weight:bold} .party td{padding:2px 8px 2px 0;vertical-align:top}
</style></head><body>
<div style="text-align:right;font-size:7.4pt;color:#555">{{ v_name }} · ՀՎՀՀ {{ hvhh }} · {{ v_addr }}</div>
<div style="text-align:center;font-size:15pt;font-weight:bold;margin-top:16px">{{ title }} № {{ no }}</div>
<div style="text-align:center;margin-top:2px">{{ d_printed }}</div>
<table class="party" style="margin-top:16px;width:100%"><tr><td style="width:22%"><b>Մատակարար՝</b></td><td><b>{{ v_name }}</b><br>Հասցե՝ {{ v_addr }}<br>ՀՎՀՀ՝ {{ hvhh }}{% if pet %}<br>Պետռեգիստրի համար՝ {{ pet }}{% endif %}<br>Բանկ՝ {{ bank }}<br>Հ/հ՝ {{ acct }}</td></tr>
<tr><td><b>Գնորդ՝</b></td><td><b>{{ b_name }}</b><br>Հասցե՝ {{ b_addr }}<br>ՀՎՀՀ՝ {{ b_hvhh }}</td></tr>
{% if contract %}<tr><td>Պայմանագիր՝</td><td>№ {{ contract }}</td></tr>{% endif %}{% if po %}<tr><td>Պատվեր՝</td><td>№ {{ po }}</td></tr>{% endif %}{% if einv %}<tr><td>Հարկային հաշիվ՝</td><td>{{ einv }}</td></tr>{% endif %}</table>
<table class="it"><tr><th>№</th><th style="width:44%">Ապրանքի (ծառայության) անվանումը</th><th>Չ/մ</th><th>Քանակ</th><th>Գին{{ price_note }}</th><th>Գումար{{ price_note }}</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
{% for r in tot_rows %}<tr><td colspan="5" class="lab">{{ r[0] }}</td><td class="r"><b>{{ r[1] }}</b></td></tr>{% endfor %}</table>
<div style="margin-top:10px">{{ cur_note }}</div>
{% if due %}<div style="margin-top:6px"><b>Վճարման ժամկետ՝</b> {{ due }}</div>{% else %}<div style="margin-top:6px">{{ terms }}</div>{% endif %}
<table style="width:100%;margin-top:40px"><tr><td>Տնօրեն՝ ________________ /{{ director }}/</td><td>Գլխավոր հաշվապահ՝ ________________ /{{ accountant }}/</td></tr><tr><td colspan="2" style="padding-top:14px">Կ.Տ.</td></tr></table>
</body></html>"""
)


@style("02", "am_hashiv_faktura_amd")
def s02(rng, i):
    vname, vaddr, bank = AM_V[i]
    bname, baddr = AM_B[i]
    d = rand_date(rng)
    items = items_from(rng, AM_L[i], rng.randint(2, 4), step=D("10"))
    net = sum(it["amount"] for it in items)
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    fm = [lambda x: en(x), lambda x: en(x, 0), lambda x: sp(x).replace(",", "."), lambda x: en(x, 0)][i]
    if i in (0, 2):  # VAT added on top
        tax = q2(net * D("0.2"))
        total = net + tax
        tot_rows = [("Ընդամենը առանց ԱԱՀ", fm(net)), ("ԱԱՀ 20%", fm(tax)), ("Ընդամենը վճարման", fm(total))]
        sub = net
    elif i == 1:  # prices include VAT; VAT 'of which'
        total = net
        tax = q0(total / 6)
        sub = None
        tot_rows = [("Ընդամենը", fm(total)), ("այդ թվում ԱԱՀ (20%)", fm(tax))]
    else:  # turnover-tax payer: no VAT
        total, tax, sub = net, None, None
        tot_rows = [("Ընդամենը վճարման", fm(total))]
    hvhh = "0" + digits(rng, 7, True)
    b_hvhh = "0" + digits(rng, 7, True)
    no = [f"{rng.randint(1, 999):06d}", f"ՀԱ-{rng.randint(100, 9999)}", f"{d.year}/{rng.randint(10, 480)}", f"{rng.randint(1, 90)}"][i]
    title = ["ՀԱՇԻՎ ՎՃԱՐՄԱՆ", "ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ", "ՀԱՇԻՎ ՎՃԱՐՄԱՆ", "ՀԱՇԻՎ"][i]
    d_printed = f"«{d.day:02d}» {MONTHS['hy_gen'][d.month - 1]} {d.year} թ." if i in (1, 3) else f"{f(d)} թ."
    due = {0: d + dt.timedelta(days=10), 3: d + dt.timedelta(days=rng.choice([5, 7, 14]))}.get(i)
    po = f"PO-{rng.randint(20000, 89999)}" if i == 2 else None
    contract = f"{rng.randint(3, 60)}/{str(d.year - 1)[2:]}" if i in (0, 2) else None
    einv = f"ԷՀ {digits(rng, 8, True)}" if i == 1 else None
    cur_note = ["Արժույթ՝ ՀՀ դրամ (AMD)", "Գումարները՝ ՀՀ դրամով, ներառյալ ԱԱՀ", "Արժույթ՝ AMD", "Գումարները՝ ՀՀ դրամով։ ԱԱՀ չի հաշվարկվում (շրջանառության հարկ վճարող)։"][i]
    ctx = dict(
        v_name=vname, v_addr=vaddr, hvhh=hvhh, pet=f"{rng.randint(200, 290)}.{rng.randint(110, 190)}.{rng.randint(100000, 999999)}" if i != 3 else None, bank=bank,
        acct=rng.choice(["1570", "2470", "2200", "1930"]) + digits(rng, 12), b_name=bname, b_addr=baddr, b_hvhh=b_hvhh, contract=contract, po=po, einv=einv,
        title=title, no=no, d_printed=d_printed, price_note=" (ներառյալ ԱԱՀ)" if i == 1 else "",
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": fm(it["price"]), "a": fm(it["amount"])} for it in items],
        tot_rows=tot_rows, cur_note=cur_note, due=f(due) if due else None, terms=["", "Վճարումը՝ առաքումից հետո 30 օրվա ընթացքում։", "Վճարումը՝ 5 բանկային օրվա ընթացքում։", ""][i],
        director=rng.choice(["Ա. Սարգսյան", "Կ. Հովհաննիսյան", "Ն. Գրիգորյան"]), accountant=rng.choice(["Լ. Մկրտչյան", "Ս. Ավետիսյան", "Հ. Կարապետյան"]),
    )
    notes = (
        "Armenian invoice in Armenian script: vendor = 'Մատակարար' (also the small header line); vendor tax id = its ՀՎՀՀ (8 digits, no public checksum); "
        + ("the state register number, " if i != 3 else "")
        + "the bank account (Հ/հ) and the buyer's ՀՎՀՀ are decoys. invoice_number = the number in the title ('" + title + " № …'); invoice_date = the date under the title"
        + (" in words ('«dd» <month genitive> yyyy թ.')" if i in (1, 3) else " (dd.mm.yyyy թ.)") + ". "
        + ("due = 'Վճարման ժամկետ'. " if due else "no due date printed (terms in days: null). ")
        + (f"PO = 'Պատվեր' {po}. " if po else "No PO. ")
        + ("The contract number is no PO. " if contract else "")
        + ("The e-tax-invoice serial ('Հարկային հաշիվ ԷՀ …') is a decoy. " if einv else "")
        + (
            "subtotal = 'Ընդամենը առանց ԱԱՀ'; tax = 'ԱԱՀ 20%'; total = 'Ընդամենը վճարման'. " if i in (0, 2)
            else "Prices include VAT: subtotal null; tax = 'այդ թվում ԱԱՀ' (of which VAT, rounded to the dram); total = 'Ընդամենը'. " if i == 1
            else "Turnover-tax payer, no VAT: subtotal and tax null; total = 'Ընդամենը վճարման'. "
        )
        + "Currency AMD (ՀՀ դրամ). Line items: every row (amount = 'Գումար')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=hvhh, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="AMD", subtotal=mt(sub) if sub is not None else None, tax=mt(tax) if tax is not None else None, total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [d_printed, f(due) if due else None, hvhh, no, po, vname], (S02_HTML, ctx)


# =========================================================================== 03 Azerbaijani elektron qaimə-faktura / hesab-faktura (VÖEN, ƏDV 18 %)
AZ_V = [
    ('"Xəzər Logistika" MMC', "Bakı şəh., Nərimanov r-nu, Təbriz küç. 44"),
    ('"Gəncə Aqro" MMC', "Gəncə şəh., Atatürk pr. 12"),
    ('"Abşeron Tikinti Materialları" ASC', "Sumqayıt şəh., Sülh küç. 7"),
    ('"Kod Studio" MMC', "Bakı şəh., Yasamal r-nu, Şərifzadə küç. 112"),
]
AZ_B = [
    ('"Bakı Ticarət Mərkəzi" MMC', "Bakı şəh., Heydər Əliyev pr. 152"),
    ('"Araz Supermarket" MMC', "Bakı şəh., Xətai r-nu, Babək pr. 27"),
    ('"Sumqayıt Kimya Sənaye Parkı" MMC', "Sumqayıt şəh., Sənaye zonası"),
    ('"Azər Sığorta" ASC', "Bakı şəh., Nizami küç. 90"),
]
AZ_L = [
    [("Yük daşınması Bakı – Gəncə (20 t)", "reys", 650, 1200, 1, 12), ("Anbar xidməti", "palet/gün", 1.2, 2.8, 200, 3000), ("Yükləmə-boşaltma işləri", "saat", 18, 35, 4, 60)],
    [("Pomidor, təzə", "kq", 0.9, 2.4, 200, 4000), ("Xiyar, təzə", "kq", 0.8, 2.1, 200, 3000), ("Alma, Quba", "kq", 0.7, 1.9, 300, 5000), ("Kartof", "kq", 0.45, 0.95, 500, 8000)],
    [("Sement M-400, 50 kq", "kisə", 6.2, 9.4, 100, 1200), ("Qazobeton blok 600x300x200", "ədəd", 2.1, 3.6, 500, 6000), ("Armatur Ø12", "ton", 980, 1350, 1, 20), ("Qum, yuyulmuş", "ton", 14, 26, 10, 200)],
    [("Mobil tətbiqin hazırlanması (mərhələ 2)", "xidmət", 6000, 18000, 1, 1), ("Texniki dəstək", "saat", 28, 55, 10, 120), ("Server icarəsi", "ay", 120, 480, 1, 12)],
]
S03_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="11mm 12mm", font="'DejaVu Sans',sans-serif", fs="8.2pt")
    + """
table.g{width:100%} table.g td{border:1px solid #777;padding:3px 5px} table.g td.k{background:#eef2f7;width:27%;font-size:7.6pt}
table.it{width:100%;margin-top:10px} table.it th,table.it td{border:1px solid #777;padding:2px 4px} table.it th{font-size:7pt;background:#dfe7f1} table.it td.lab{text-align:right} table.it td.r{white-space:nowrap}
</style></head><body>
{% if eq %}<table style="width:100%"><tr><td style="font-size:7pt;color:#555">Azərbaycan Respublikası Dövlət Vergi Xidməti · e-taxes.gov.az</td><td class="r" style="font-size:7pt;color:#555">Vergi orqanında qeydiyyat: {{ reg_dt }}</td></tr></table>
<div style="text-align:center;font-size:14pt;font-weight:bold;margin:8px 0 2px">ELEKTRON QAİMƏ-FAKTURA</div>
<div style="text-align:center;margin-bottom:8px">Seriya və nömrə: <b>{{ no }}</b> &nbsp; · &nbsp; Tarix: <b>{{ d }}</b></div>
<table class="g"><tr><td class="k">Təqdim edən (satıcı)</td><td><b>{{ v_name }}</b></td><td class="k">Satıcının VÖEN-i</td><td>{{ voen }}</td></tr>
<tr><td class="k">Ünvan</td><td colspan="3">{{ v_addr }}</td></tr>
<tr><td class="k">Alan (alıcı)</td><td><b>{{ b_name }}</b></td><td class="k">Alıcının VÖEN-i</td><td>{{ b_voen }}</td></tr>
<tr><td class="k">Əsas qeyd</td><td colspan="3">{{ main_note }}</td></tr><tr><td class="k">Əlavə qeyd</td><td colspan="3">{{ add_note }}</td></tr></table>
{% else %}<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold">{{ v_name }}</div>{{ v_addr }}<br>VÖEN: {{ voen }}</td><td class="r" style="font-size:8pt">Tel.: {{ tel }}<br>{{ mail }}</td></tr></table>
<div style="text-align:center;font-size:14pt;font-weight:bold;margin:14px 0 2px">HESAB-FAKTURA № {{ no }}</div><div style="text-align:center">{{ d_words }}</div>
<table class="g" style="margin-top:10px"><tr><td class="k">Alıcı</td><td><b>{{ b_name }}</b>, {{ b_addr }}<br>VÖEN: {{ b_voen }}</td></tr>
<tr><td class="k">Bank rekvizitləri</td><td>{{ bank }} · Kod {{ bkod }} · Bankın VÖEN-i {{ bvoen }}<br>M/h {{ mh }} · SWIFT {{ swift }}<br>H/h <b>{{ hh }}</b></td></tr>
{% if contract %}<tr><td class="k">Əsas</td><td>Müqavilə № {{ contract }}</td></tr>{% endif %}{% if po %}<tr><td class="k">Sifariş №</td><td>{{ po }}</td></tr>{% endif %}</table>{% endif %}
<table class="it"><tr><th>№</th><th style="width:34%">Malın (işin, xidmətin) adı</th><th>Ölçü vahidi</th><th>Miqdarı</th><th>Vahidin qiyməti</th><th>Məbləğ (ƏDV-siz)</th><th>ƏDV 18%</th><th>Cəmi (ƏDV ilə)</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td>{{ it.desc }}</td><td class="c">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
<tr><td colspan="5" class="lab"><b>Cəmi:</b></td><td class="r"><b>{{ net }}</b></td><td class="r"><b>{{ tax }}</b></td><td class="r"><b>{{ total }}</b></td></tr></table>
<table style="margin-left:auto;margin-top:8px"><tr><td style="padding:1px 10px">ƏDV-siz məbləğ:</td><td class="r">{{ net }} AZN</td></tr><tr><td style="padding:1px 10px">ƏDV (18%):</td><td class="r">{{ tax }} AZN</td></tr><tr><td style="padding:1px 10px"><b>Ödənilməli məbləğ:</b></td><td class="r"><b>{{ total }} AZN</b></td></tr></table>
{% if due %}<div style="margin-top:8px"><b>Ödəniş müddəti:</b> {{ due }}</div>{% elif terms %}<div style="margin-top:8px">{{ terms }}</div>{% endif %}
{% if eq %}<div style="margin-top:12px;font-size:7.2pt;color:#555">Qaimə-faktura elektron imza ilə təsdiq edilmişdir. ƏDV depozit hesabına ödəniləcək ƏDV məbləği: {{ tax }} manat.</div>{% endif %}
<table style="width:100%;margin-top:34px"><tr><td>Təhvil verdi: ______________ {{ s1 }}</td><td>Təhvil aldı: ______________</td></tr><tr><td style="padding-top:10px">M.Y.</td><td></td></tr></table>
</body></html>"""
)


@style("03", "az_elektron_qaime_faktura")
def s03(rng, i):
    vname, vaddr = AZ_V[i]
    bname, baddr = AZ_B[i]
    d = rand_date(rng)
    items = items_from(rng, AZ_L[i], rng.randint(2, 4), step=D("0.01") if i in (1, 2) else D("1"))
    for it in items:
        it["tax"] = q2(it["amount"] * D("0.18"))
    net = sum(it["amount"] for it in items)
    tax = sum(it["tax"] for it in items)
    total = net + tax
    eq = i in (0, 2)
    fm = sp if i in (0, 1) else (lambda x, nd=2: fnum(x, ".", "", nd))
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    voen = valid(rng, lambda: rng.choice(["14", "15", "17", "19", "23", "27"]) + digits(rng, 7) + "1", _voen.is_valid)
    b_voen = valid(rng, lambda: rng.choice(["13", "14", "16", "99"]) + digits(rng, 7) + "1", _voen.is_valid)
    no = f"MT{str(d.year)[2:]}{d.month:02d}{digits(rng, 6, True)}" if eq else [None, f"{rng.randint(10, 999)}", None, f"KS-{d.year}/{rng.randint(100, 999)}"][i]
    suf = {0: "cı", 1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}[d.year % 10]
    d_words = f"{d.day} {MONTHS['az'][d.month - 1]} {d.year}-{suf} il"
    due = d + dt.timedelta(days=10) if i == 1 else None
    po = f"S-{rng.randint(1000, 9999)}" if i == 1 else None
    contract = f"{rng.randint(5, 120)}/{d.year - 1} tarix {f(d - dt.timedelta(days=rng.randint(60, 400)))}" if i in (1, 3) else None
    hh = iban("AZ", rng.choice(["PAHA", "IBAZ", "AIIB", "KAPB"]) + digits(rng, 20))
    ctx = dict(
        eq=eq, reg_dt=f"{f(d + dt.timedelta(days=1))} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}", no=no, d=f(d), d_words=d_words, v_name=vname, v_addr=vaddr, voen=voen,
        b_name=bname, b_addr=baddr, b_voen=b_voen, main_note=rng.choice(["Malların təqdim edilməsi", "Xidmətlərin göstərilməsi", "Tikinti materiallarının satışı"]),
        add_note=f"Müqavilə № {rng.randint(5, 90)}/{d.year - 1}", tel=f"+994 12 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}", mail="office@" + vname.split('"')[1].split()[0].lower().replace("ə", "e").replace("ş", "s") + ".az",
        bank=rng.choice(['"PAŞA Bank" ASC', '"Kapital Bank" ASC', '"ABB" ASC']), bkod=digits(rng, 6, True), bvoen=valid(rng, lambda: "17" + digits(rng, 7) + "1", _voen.is_valid),
        mh=iban_fmt(iban("AZ", "NABZ" + digits(rng, 20))), swift=rng.choice(["PAHAAZ22", "AIIBAZ2X", "IBAZAZ2X"]), hh=iban_fmt(hh), contract=contract, po=po,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": fm(it["qty"], 0), "p": fm(it["price"]), "a": fm(it["amount"]), "t": fm(it["tax"]), "g": fm(it["amount"] + it["tax"])} for it in items],
        net=fm(net), tax=fm(tax), total=fm(total), due=f(due) if due else None, terms="Ödəniş hesab-faktura təqdim edildikdən sonra 5 bank günü ərzində." if i == 3 else "",
        s1=rng.choice(["R. Məmmədov", "L. Həsənova", "E. Quliyev"]),
    )
    notes = (
        ("Azerbaijani elektron qaimə-faktura (e-taxes printout), ruled grid with labels left of values: " if eq else "Azerbaijani hesab-faktura (payment invoice) with bank details: ")
        + "vendor = " + ("'Təqdim edən (satıcı)'" if eq else "the letterhead") + "; vendor tax id = the seller's VÖEN (10 digits, checksum); the buyer's VÖEN"
        + (" is a decoy. " if eq else ", the bank's VÖEN, bank code, correspondent and settlement accounts are decoys. ")
        + ("invoice_number = 'Seriya və nömrə' (series MT + number, one token); invoice_date = 'Tarix'; the tax-office registration date-time is a decoy. " if eq
           else "invoice_number = the number in the title 'HESAB-FAKTURA № …'; invoice_date = the date in words under the title ('15 mart 2026-cı il'). ")
        + ("due = 'Ödəniş müddəti'. " if due else "no due date printed (null). ")
        + (f"PO = 'Sifariş №' {po}. " if po else "No PO. ")
        + ("The contract (Müqavilə) is no PO. " if contract or eq else "")
        + "subtotal = 'ƏDV-siz məbləğ' (= the Cəmi row's net column); tax = 'ƏDV (18%)'; total = 'Ödənilməli məbləğ'. Currency AZN (manat). "
        + f"Amounts {'1 234,56' if i in (0, 1) else '1234.56'}. Line items: every row (amount = 'Məbləğ (ƏDV-siz)')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=voen, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="AZN", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d) if eq else d_words, f(due) if due else None, voen, no, po, vname], (S03_HTML, ctx)


# =========================================================================== 04 Ecuadorian RIDE (RUC, 001-001-000000123, clave de acceso, IVA 15 %)
EC_V = [
    ("DISTRIBUIDORA ANDINA DISANDI S.A.", "Andina Distribuciones", "Av. de los Shyris N35-17 y Portugal, Quito", "17"),
    ("FERRETERIA EL CONSTRUCTOR FERRECONS CIA. LTDA.", "Ferrecons", "Av. Juan Tanca Marengo Km 2.5, Guayaquil", "09"),
    ("SOLUCIONES INFORMATICAS DEL AUSTRO SIDAUS S.A.", "SIDAUS", "Calle Larga 7-45 y Borrero, Cuenca", "01"),
    ("LABORATORIOS CLINICOS VIDALAB S.A.", "VidaLab", "Av. 10 de Agosto N21-120 y Riofrío, Quito", "17"),
]
EC_B = [
    ("COMERCIAL DEL VALLE COMVALLE S.A.", None),
    ("CONSTRUCTORA PACIFICO CONPACIFICO S.A.", None),
    ("GAD MUNICIPAL DEL CANTON CUENCA", None),
    ("MARIA FERNANDA LOPEZ ORTIZ", None),
]
EC_L = [
    [("Aceite de girasol 1 L", 1.85, 3.2, 24, 600, "15"), ("Arroz grano largo 2 kg", 2.1, 3.6, 24, 500, "0"), ("Atún en aceite 170 g", 1.05, 1.9, 48, 960, "15"), ("Detergente en polvo 2 kg", 4.2, 6.9, 12, 240, "15")],
    [("Cemento Holcim tipo GU 50 kg", 7.9, 9.2, 20, 400, "15"), ("Varilla corrugada 12 mm x 12 m", 11.5, 15.8, 10, 200, "15"), ("Bloque de hormigón 15 cm", 0.38, 0.62, 200, 3000, "15"), ("Arena fina m3", 14, 22, 2, 30, "15")],
    [("Licencia antivirus corporativo (1 año)", 28, 46, 5, 120, "15"), ("Soporte técnico mensual", 350, 900, 1, 3, "15"), ("Laptop Dell Latitude 5450", 890, 1290, 1, 8, "15"), ("Capacitación a funcionarios (horas)", 25, 45, 4, 40, "15")],
    [("Hemograma completo", 6, 12, 1, 1, "0"), ("Perfil lipídico", 14, 26, 1, 1, "0"), ("Glucosa en ayunas", 3, 6, 1, 1, "0"), ("Kit de toma de muestra a domicilio", 8, 15, 1, 1, "15")],
]
S04_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="10mm 11mm", font="'Liberation Sans',Arial,sans-serif", fs="8.2pt")
    + """
.bx{border:1px solid #000;border-radius:6px;padding:6px 8px} table.it{width:100%;margin-top:6px} table.it th,table.it td{border:1px solid #000;padding:2px 3px} table.it th{font-size:7.2pt}
table.tt td{border:1px solid #000;padding:2px 5px} table.fp td,table.fp th{border:1px solid #000;padding:2px 4px;font-size:7.4pt} .mono{font-family:'DejaVu Sans Mono',monospace;font-size:7.6pt;word-break:break-all}
</style></head><body>
<table style="width:100%;border-collapse:separate;border-spacing:0"><tr><td style="width:48%;padding-right:6px">
<div style="height:70px;text-align:center;font-size:20pt;font-weight:bold;color:{{ color }};padding-top:14px">{{ brand }}</div>
<div class="bx"><b>{{ v_name }}</b><br>{{ brand }}<br><br>Dirección Matriz: {{ v_addr }}<br>Dirección Sucursal: {{ v_addr2 }}<br>{% if ce %}Contribuyente Especial Nro: {{ ce }}<br>{% endif %}OBLIGADO A LLEVAR CONTABILIDAD: SI{% if agente %}<br>Agente de Retención Resolución No. NAC-DNCRASC20-00000001{% endif %}</div></td>
<td class="bx" style="vertical-align:top">R.U.C.: <b>{{ ruc }}</b><br><div style="font-size:13pt;font-weight:bold;margin:4px 0">FACTURA</div>No. <b>{{ no }}</b><br><br>NÚMERO DE AUTORIZACIÓN<br><span class="mono">{{ clave }}</span><br>
FECHA Y HORA DE AUTORIZACIÓN: {{ auth_dt }}<br>AMBIENTE: PRODUCCIÓN<br>EMISIÓN: NORMAL<br>CLAVE DE ACCESO<div style="margin:3px 0 1px">{{ bars|safe }}</div><span class="mono">{{ clave }}</span></td></tr></table>
<div class="bx" style="margin-top:6px"><table style="width:100%"><tr><td>Razón Social / Nombres y Apellidos: {{ b_name }}</td><td>Identificación: {{ b_id }}</td></tr>
<tr><td>Fecha Emisión: {{ d }}</td><td>Guía de Remisión: {{ guia }}</td></tr>{% if b_addr %}<tr><td colspan="2">Dirección: {{ b_addr }}</td></tr>{% endif %}</table></div>
<table class="it"><tr><th>Cod. Principal</th><th>Cod. Auxiliar</th><th>Cant.</th><th style="width:36%">Descripción</th><th>Precio Unitario</th><th>Descuento</th><th>Precio Total</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.aux }}</td><td class="r">{{ it.q }}</td><td>{{ it.desc }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.disc }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:6px"><tr><td style="width:56%;padding-right:8px">
<div class="bx"><b>Información Adicional</b><br>{% for k, v in extra %}{{ k }}: {{ v }}<br>{% endfor %}</div>
<table class="fp" style="width:100%;margin-top:6px"><tr><th>Forma de pago</th><th>Valor</th><th>Plazo</th><th>Tiempo</th></tr><tr><td>{{ fp }}</td><td class="r">{{ total }}</td><td class="r">{{ plazo }}</td><td>{{ tiempo }}</td></tr></table></td>
<td><table class="tt" style="width:100%">{% for k, v in tots %}<tr><td>{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
</body></html>"""
)


@style("04", "ec_factura_ride_sri")
def s04(rng, i):
    vname, brand, vaddr, prov = EC_V[i]
    bname = EC_B[i][0]
    d = rand_date(rng)
    rows = EC_L[i]
    picks = rng.sample(rows, rng.randint(3, 4)) if i != 3 else rows
    items = []
    for desc, lo, hi, qlo, qhi, rate in picks:
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, lo, hi)
        gross = q * p
        disc = q2(gross * D(rng.choice([0, 0, 0, 5, 10])) / 100) if i in (0, 1) else D(0)
        items.append({"desc": desc, "qty": q, "price": p, "disc": disc, "amount": q2(gross - disc), "rate": rate, "code": f"{['AND', 'FC', 'SI', 'LAB'][i]}{rng.randint(1000, 9999)}", "aux": digits(rng, 8, True) if i in (0, 1) else ""})
    sub15 = sum(it["amount"] for it in items if it["rate"] == "15")
    sub0 = sum(it["amount"] for it in items if it["rate"] == "0")
    net = sub15 + sub0
    disc_t = sum(it["disc"] for it in items)
    tax = q2(sub15 * D("0.15"))
    total = net + tax
    ruc = valid(rng, lambda: prov + "9" + digits(rng, 7) + "001", _ruc.is_valid)
    est, pto = rng.choice(["001", "002", "003"]), rng.choice(["001", "002", "010", "100"])
    seq = rng.randint(1000, 99999)
    no = f"{est}-{pto}-{seq:09d}"
    clave = ec_clave(d, ruc, est + pto, seq, digits(rng, 8))
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    b_id = [valid(rng, lambda: "17" + "9" + digits(rng, 7) + "001", _ruc.is_valid), valid(rng, lambda: "09" + "9" + digits(rng, 7) + "001", _ruc.is_valid), valid(rng, lambda: "01" + "6" + digits(rng, 6) + "0001", _ruc.is_valid), "17" + digits(rng, 8)][i]
    po = [f"OC-{rng.randint(100000, 999999)}", f"{rng.randint(4500, 4999)}", None, None][i]
    extra = [("Dirección", rng.choice(["Av. General Enríquez s/n, Sangolquí", "Km 4.5 vía a Daule, Guayaquil", "Sucre y Benigno Malo, Cuenca", "Cdla. Kennedy Norte, Guayaquil"])), ("Email", rng.choice(["compras", "facturacion", "proveedores"]) + "@cliente.com.ec")]
    if po:
        extra.append(("Orden de Compra", po))
    if i == 2:
        extra.append(("Proceso SERCOP", f"SIE-GADMC-{rng.randint(10, 99)}-{d.year}"))
    extra.append(("Vendedor", rng.choice(["J. Andrade", "P. Cevallos", "M. Zambrano"])))
    plazo = [30, 45, 60, 0][i]
    tots = [("SUBTOTAL 15%", mt(sub15)), ("SUBTOTAL 0%", mt(sub0)), ("SUBTOTAL NO OBJETO DE IVA", "0.00"), ("SUBTOTAL EXENTO DE IVA", "0.00"), ("SUBTOTAL SIN IMPUESTOS", mt(net)),
            ("TOTAL DESCUENTO", mt(disc_t)), ("ICE", "0.00"), ("IVA 15%", mt(tax)), ("IRBPNR", "0.00"), ("PROPINA", "0.00"), ("VALOR TOTAL", mt(total))]
    ctx = dict(
        color=["#c0392b", "#d35400", "#16a085", "#2c3e50"][i], brand=brand, v_name=vname, v_addr=vaddr, v_addr2=vaddr if i != 1 else "Av. Francisco de Orellana y Justino Cornejo, Guayaquil",
        ce=f"{rng.randint(100, 99999):05d}" if i in (0, 2) else None, agente=i == 1, ruc=ruc, no=no, clave=clave,
        auth_dt=f"{f(d)} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", bars=bars_svg(rng, 84, 12), b_name=bname, b_id=b_id, d=f(d),
        guia=f"{est}-{pto}-{rng.randint(1000, 99999):09d}" if i in (0, 1) else "", b_addr=None,
        items=[{"code": it["code"], "aux": it["aux"], "q": mt(it["qty"]), "desc": it["desc"], "p": mt(it["price"]), "disc": mt(it["disc"]), "a": mt(it["amount"])} for it in items],
        extra=extra, fp=["20 - OTROS CON UTILIZACIÓN DEL SISTEMA FINANCIERO", "20 - OTROS CON UTILIZACIÓN DEL SISTEMA FINANCIERO", "20 - OTROS CON UTILIZACIÓN DEL SISTEMA FINANCIERO", "19 - TARJETA DE CRÉDITO"][i],
        total=mt(total), plazo=plazo, tiempo="días", tots=tots,
    )
    notes = (
        "Ecuadorian RIDE (printed factura electrónica), boxes with labels left of values: vendor = the razón social in the issuer box (the brand above it is a trade name); "
        "vendor tax id = 'R.U.C.' (13 digits, checksum); the buyer's 'Identificación', the Contribuyente Especial number and the resolution number are decoys. "
        "invoice_number = 'No.' (establishment-point-sequence, 001-001-000001234 as printed); the 49-digit NÚMERO DE AUTORIZACIÓN / CLAVE DE ACCESO (which embeds the date and RUC) is a decoy"
        + (", as is the 'Guía de Remisión' number" if i in (0, 1) else "") + ". invoice_date = 'Fecha Emisión' (dd/mm/yyyy); the authorisation date-time is a decoy. "
        + "No due date printed (the 'Plazo' in days only: null). "
        + (f"PO = 'Orden de Compra' {po} in Información Adicional. " if po else "No PO" + (" (the SERCOP process code is a decoy). " if i == 2 else ". "))
        + "subtotal = 'SUBTOTAL SIN IMPUESTOS'; tax = 'IVA 15%'; total = 'VALOR TOTAL' (also in the Forma de pago row). SUBTOTAL 15% / 0% are parts; 'TOTAL DESCUENTO' a decoy. "
        "Currency USD (Ecuador's, no symbol printed). Amounts 1234.56. Line items: every row (amount = 'Precio Total', net of the line discount; quantity 'Cant.')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=ruc, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=None,
        currency="USD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [f(d), ruc, no, po, vname, clave], (S04_HTML, ctx)
