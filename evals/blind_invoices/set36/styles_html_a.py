"""Chromium (HTML) styles for set 36, first part (01 Tbilisi furniture, appliance and hospitality supplier's
ანგარიშ-ფაქტურა in Georgian with prices INCLUDING VAT, the VAT 18 % taken out of the total ('მათ შორის დღგ'), a
table without rules, the totals at the LEFT and a US-dollar counter-value, 02 Yerevan building-materials supplier's
ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ in Armenian over TWO PAGES with a page-1 subtotal carried over, VAT 20 % in whole drams)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import hy_date, ka_date
from invoice_kit import css, digits, iban, q0, q2, qstr, rand_date, sp, spd, style_registry
from kit_common import due_note, lines, po_note, truth

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Tbilisi (VAT 18 % included in the prices, GEL), totals at the left, USD counter-value
TB_V = [
    ("შპს „კავკასია ავეჯი“", "ვაჟა-ფშაველას გამზ. 71, თბილისი 0186", "#0f766e"),
    ("შპს „საბურთალო ტექნიკა“", "პეკინის ქ. 24, თბილისი 0160", "#1d4ed8"),
    ("შპს „ვაკე ჰორეკა სერვისი“", "ჭავჭავაძის გამზ. 37, თბილისი 0179", "#9f1239"),
    ("შპს „ძველი თბილისის მარანი“", "ლესელიძის ქ. 18, თბილისი 0105", "#7c2d12"),
]
TB_B = [
    ("სასტუმრო „რუსთაველი 12“", "რუსთაველის გამზ. 12, თბილისი"),
    ("შპს „მთაწმინდის რესტორანი“", "მთაწმინდის პარკი, თბილისი"),
    ("შპს „ბათუმი ტრეველ ჯგუფი“", "აღმაშენებლის გამზ. 90, თბილისი"),
    ("სს „საქართველოს ფოსტა“ – ადმინისტრაცია", "ასათიანის ქ. 33, თბილისი"),
]
TB_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi): prices INCLUDE VAT
    ("საოფისე სავარძელი, შავი ტყავი", "ც", 1, 12, 180, 650),
    ("სამუშაო მაგიდა 160x80, მუხა", "ც", 1, 6, 420, 1200),
    ("მაცივარი, ორკამერიანი, 340 ლ", "ც", 1, 3, 1400, 2600),
    ("ყავის აპარატი, პროფესიული", "ც", 1, 2, 2200, 5800),
    ("ღვინო საფერავი 2022, 0.75 ლ", "ბოთლი", 6, 60, 18, 45),
    ("ჭაჭა, 0.5 ლ", "ბოთლი", 6, 36, 25, 60),
    ("მინერალური წყალი, 0.5 ლ (ყუთი 12 ც)", "ყუთი", 2, 20, 28, 40),
    ("სასტუმროს თეთრეული, კომპლექტი", "კომპლ.", 5, 40, 65, 140),
    ("მიწოდება და მონტაჟი", "მომს.", 1, 1, 50, 250),
]
TB_HTML = """<html lang="ka"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:12px} table.it th{font-size:7.4pt;color:{{ color }};text-align:left;padding:3px 4px;font-weight:bold} table.it th.r{text-align:right} table.it td{padding:3px 4px;font-size:8.2pt} table.it tr:nth-child(even) td{background:#f6f6f6} td.r{white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:15pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · ტელ. +995 32 2{{ tel }}<br>საიდენტიფიკაციო კოდი: {{ vid }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:14pt;font-weight:bold">ანგარიშ-ფაქტურა</div><div>№ <b>{{ no }}</b></div></td></tr></table>
<table style="width:100%;margin-top:10px"><tr><td style="width:52%;vertical-align:top"><div class="small">მყიდველი</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">ს/კ {{ bid }} · მომხმარებლის კოდი {{ cust }}</span></td>
<td style="vertical-align:top">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:38mm">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>№</th><th>დასახელება</th><th>ერთ.</th><th class="r">რაოდ.</th><th class="r">ფასი (დღგ-ს ჩათვლით)</th><th class="r">თანხა (დღგ-ს ჩათვლით)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%;vertical-align:top"><table style="font-size:9pt">
<tr style="font-weight:bold;font-size:11pt"><td style="padding:2px 10px 2px 0">სულ გადასახდელი (ლარი)</td><td class="r">{{ total }}</td></tr>
<tr><td style="padding:2px 10px 2px 0">მათ შორის დღგ 18%</td><td class="r">{{ tax }}</td></tr>
<tr><td style="padding:2px 10px 2px 0">თანხა დღგ-ს გარეშე</td><td class="r">{{ net }}</td></tr></table>
<div class="small" style="margin-top:6px">≈ {{ usd }} USD (საქართველოს ეროვნული ბანკის კურსი {{ fxd }}: 1 USD = {{ fx }} GEL)</div></td>
<td style="vertical-align:top;font-size:8pt"><div class="small">საბანკო რეკვიზიტები</div>{{ bank }}<br>ბანკის კოდი {{ bic }}<br>ა/ა {{ iban }}<br><span class="small">{{ pay }}</span></td></tr></table>
<div class="small" style="margin-top:26px">გამცემი: {{ clerk }} ______________ &nbsp;&nbsp; მიმღები: ______________ · გმადლობთ თანამშრომლობისთვის!</div>
</body></html>"""


@style("01", "ge_tb_tbilisi_angarishi_dgg_18_vat_inclusive")
def s01(rng, i):
    vname, vaddr, color = TB_V[i]
    bname, baddr = TB_B[i]
    d = rand_date(rng)
    items = lines(rng, TB_ROWS, rng.randint(3, 6), D("0.50"))
    total = sum(x["amount"] for x in items)
    tax = q2(total * 18 / 118)
    net = total - tax
    vid = digits(rng, 9, True)
    no = [f"TB-{d.year}-{rng.randint(100, 9999):04d}", f"{rng.randint(10000, 99999)}", f"ა/ფ {rng.randint(100, 999)}/{d.strftime('%y')}", f"M{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), ka_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 15, 30])) if i != 1 else None
    term = None if due else "გადახდილია ბარათით"
    po = [None, None, f"PO-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.year}"][i]
    wb = f"{rng.randint(100000000, 999999999)}"
    fx = D(rng.randint(26200, 28200)) / 10000
    head = [("თარიღი", fd(d))]
    if due:
        head.append(("გადახდის ვადა", fd(due)))
    if po:
        head.append(("შეკვეთა №", po))
    head.append(("ზედნადები №", wb))
    bank, bic, bl = rng.choice([("სს „თიბისი ბანკი“", "TBCBGE22", "TB"), ("სს „საქართველოს ბანკი“", "BAGAGE22", "BG"), ("სს „ლიბერთი ბანკი“", "LBRTGE22", "LB")])
    m = sp
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}", vid=vid, no=no,
        bname=bname, baddr=baddr, bid=digits(rng, 9, True), cust=f"C-{rng.randint(1000, 9999)}", head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for x in items],
        total=m(total), tax=m(tax), net=m(net), usd=spd(q2(total / fx)), fx=str(fx), fxd=(d - dt.timedelta(days=1)).strftime("%d.%m.%Y"),
        bank=bank, bic=bic, iban=iban("GE", bl + digits(rng, 16)),
        pay=(f"გადახდა უნაქაღდო ანგარიშსწორებით {fd(due)}-მდე" if due else term),
        clerk=rng.choice(["ნ. ბერიძე", "გ. კაპანაძე", "თ. ლომიძე", "ე. გელაშვილი"]),
    )
    notes = (
        "Tbilisi (Georgia) supplier's ანგარიშ-ფაქტურა in Georgian script, in lari with spaces and a decimal comma ('1 234,50'), every price and row amount INCLUDING VAT ('დღგ-ს ჩათვლით'), the VAT 18 % taken out of the total ('მათ შორის დღგ 18%' = total x 18/118), a table WITHOUT rules and the totals at the LEFT under it (total first, then the VAT in it, then the amount without VAT): "
        "vendor = the name at the top; vendor_tax_id = its 'საიდენტიფიკაციო კოდი' (9 digits; the buyer's 'ს/კ' is a decoy). "
        "invoice_number = '№' under the title; invoice_date = 'თარიღი' ("
        + ["dd.mm.yyyy", "Georgian words ('12 მარტი 2026 წ.')", "dd/mm/yyyy", "dd.mm.yyyy"][i]
        + "); the waybill 'ზედნადები №', the customer code and the date of the National Bank rate are decoys. "
        + due_note(due, term, "გადახდის ვადა")
        + po_note(po, "შეკვეთა №")
        + "subtotal = 'თანხა დღგ-ს გარეშე'; tax = 'მათ შორის დღგ 18%'; total = 'სულ გადასახდელი (ლარი)'; the US-dollar counter-value ('≈ … USD') is NOT the total. Currency GEL. Line items: every row (amounts INCLUDING VAT)."
    )
    t = truth(vname, vid, no, po, d, due, "GEL", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "სულ გადასახდელი (ლარი)", fd(due) if due else None, wb, ctx["usd"]]}
    return t, chk, (TB_HTML.replace("@@BASE@@", css(margin="13mm 14mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Yerevan building materials (VAT 20 %, AMD), two pages, page subtotal carried over
ER_V = [
    ("«Արարատ Շինանյութ» ՍՊԸ", "Արշակունյաց պող. 34, Երևան 0023", "#92400e"),
    ("«Մասիս Բիլդ» ՍՊԸ", "Տիգրան Մեծի 58, Երևան 0005", "#1e3a8a"),
    ("«Էրեբունի Տրեյդ» ՓԲԸ", "Էրեբունու 12/3, Երևան 0088", "#065f46"),
    ("«Դավթաշեն Շին» ՍՊԸ", "Դավթաշեն 3-րդ թաղ., 14, Երևան 0054", "#6b21a8"),
]
ER_B = [
    ("«Նոր Նորք Դեվելոփմենթ» ՍՊԸ", "Գյուրջյան 7, Երևան"),
    ("«Կասկադ Հոթել» ՓԲԸ", "Թամանյան 14, Երևան"),
    ("«Աջափնյակ Կոնստրուկցիա» ՍՊԸ", "Մարգարյան 25, Երևան"),
    ("«Կենտրոն Ռեմոնտ» ԱՁ", "Պուշկինի 40, Երևան"),
]
ER_BASE = [  # (name, unit, qty lo, qty hi, price lo, price hi)
    ("Ցեմենտ M400, պարկ 50 կգ", "պարկ", 20, 200, 2800, 3600),
    ("Գիպսաստվարաթուղթ 12.5 մմ", "թերթ", 20, 150, 2400, 3900),
    ("Տուֆ քար, վարդագույն", "մ²", 10, 120, 6500, 11000),
    ("Ամրան Ø12", "տ", 1, 6, 390000, 460000),
    ("Ներկ ջրաէմուլսիոն, 10 լ", "դույլ", 5, 60, 9500, 16500),
    ("Սալիկ կերամիկական 60x60", "մ²", 10, 160, 5200, 12800),
    ("Սոսինձ սալիկի, 25 կգ", "պարկ", 10, 80, 3100, 4800),
    ("Պրոֆիլ մետաղական CD-60, 3 մ", "հատ", 20, 200, 1100, 1900),
    ("Ջերմամեկուսիչ, 50 մմ", "փաթեթ", 5, 60, 8800, 14500),
    ("Խողովակ PPR Ø25, 4 մ", "հատ", 10, 100, 1400, 2600),
    ("Մալուխ ВВГ 3x2.5", "մ", 50, 500, 480, 790),
    ("Դուռ միջսենյակային, 80 սմ", "հատ", 1, 12, 48000, 96000),
]
ER_VAR = ["", " (տարբերակ Բ)", " (խմբաքանակ 2)"]
ER_ROWS = [(n + v, u, a, b, c, e) for (n, u, a, b, c, e) in ER_BASE for v in ER_VAR]
ER_HTML = """<html lang="hy"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:8px;border:1px solid #888} table.it th{font-size:7.2pt;background:#eee;border:1px solid #888;padding:3px} table.it td{padding:5px 4px;font-size:8pt;border:1px solid #bbb} td.r{white-space:nowrap}
.brk{page-break-before:always}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · հեռ. +374 10 {{ tel }}<br>ՀՎՀՀ {{ vid }} · Պետ. ռեգիստրի համար {{ reg }}</div></td>
<td class="r" style="vertical-align:top"><div style="font-size:13pt;font-weight:bold">ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ</div><div>№ <b>{{ no }}</b></div><div class="small">էջ 1 / 2</div></td></tr></table>
<table style="width:100%;margin-top:8px;font-size:8.2pt"><tr><td style="width:50%;vertical-align:top"><div class="small">Գնորդ</div><b>{{ bname }}</b><br>{{ baddr }}<br><span class="small">ՀՎՀՀ {{ bid }}</span></td>
<td style="vertical-align:top">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:40mm">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>N</th><th>Անվանում</th><th>Չ/մ</th><th>Քանակ</th><th>Գին</th><th>Գումար</th></tr>
{% for it in p1 %}<tr><td>{{ it.n }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="5" class="r"><i>Ընդամենը էջ 1 (փոխադրվում է)</i></td><td class="r"><i>{{ carry }}</i></td></tr></table>
<div class="brk"><div style="font-size:9pt"><b>{{ vname }}</b> · ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ № {{ no }} (շարունակություն) <span class="small">էջ 2 / 2</span></div>
<table class="it"><tr><th>N</th><th>Անվանում</th><th>Չ/մ</th><th>Քանակ</th><th>Գին</th><th>Գումար</th></tr>
<tr><td colspan="5" class="r"><i>Փոխադրված էջ 1-ից</i></td><td class="r"><i>{{ carry }}</i></td></tr>
{% for it in p2 %}<tr><td>{{ it.n }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin-left:auto;margin-top:10px;font-size:9pt"><tr><td style="padding:2px 12px">Ընդամենը առանց ԱԱՀ</td><td class="r">{{ net }} դր.</td></tr><tr><td style="padding:2px 12px">ԱԱՀ 20%</td><td class="r">{{ tax }} դր.</td></tr>
<tr style="font-weight:bold;font-size:11pt"><td style="padding:2px 12px;border-top:2px solid {{ color }}">Ընդամենը վճարման ենթակա</td><td class="r" style="border-top:2px solid {{ color }}">{{ total }} դր.</td></tr></table>
<div style="margin-top:12px;font-size:8pt">{{ pay }}<br>Բանկ՝ {{ bank }}, հ/հ {{ acct }}</div>
<table style="width:100%;margin-top:28px;font-size:8pt"><tr><td>Տնօրեն՝ ______________ {{ boss }}</td><td>Գլխավոր հաշվապահ՝ ______________</td><td>Ստացավ՝ ______________</td></tr></table>
<div class="small" style="margin-top:8px">Առաքման ամսաթիվ՝ {{ ship }} · Պայմանագիր № {{ contract }}</div></div>
</body></html>"""


@style("02", "am_er_yerevan_hashiv_aah_20_two_pages")
def s02(rng, i):
    vname, vaddr, color = ER_V[i]
    bname, baddr = ER_B[i]
    d = rand_date(rng)
    items = lines(rng, ER_ROWS, rng.randint(26, 32), D("10"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.20"))
    total = net + tax
    vid = digits(rng, 8, True)
    no = [f"{rng.randint(10000000, 99999999)}", f"ԱՇ-{rng.randint(1000, 9999)}", f"{d.year}/{rng.randint(100, 999)}", f"EB{rng.randint(100000, 999999)}"][i]
    fd = [lambda x: x.strftime("%d.%m.%Y"), hy_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([10, 15, 20, 30])) if i != 3 else None
    term = None if due else "Վճարված է կանխիկ"
    po = [f"Պ-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}/{d.strftime('%y')}", None][i]
    k = rng.randint(17, 19)
    head = [("Դուրսգրման ամսաթիվ", fd(d))]
    if due:
        head.append(("Վճարման վերջնաժամկետ", fd(due)))
    if po:
        head.append(("Պատվեր №", po))
    m = lambda x: sp(x, 0)  # noqa: E731
    rows = [{"n": n + 1, "d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"])} for n, x in enumerate(items)]
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(20, 59)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", vid=vid,
        reg=f"{rng.randint(200, 299)}.110.{rng.randint(10000, 99999)}", no=no, bname=bname, baddr=baddr, bid=digits(rng, 8, True), head=head,
        p1=rows[:k], p2=rows[k:], carry=m(sum(x["amount"] for x in items[:k])), net=m(net), tax=m(tax), total=m(total),
        pay=(f"Վճարումը՝ անկանխիկ, մինչև {fd(due)}։" if due else term + "։"),
        bank=rng.choice(["«Ամերիաբանկ» ՓԲԸ", "«Ակբա բանկ» ԲԲԸ", "«Արդշինբանկ» ՓԲԸ", "«Էվոկաբանկ» ՓԲԸ"]), acct=digits(rng, 16, True),
        boss=rng.choice(["Ա. Պետրոսյան", "Կ. Հովհաննիսյան", "Գ. Սարգսյան", "Լ. Ավետիսյան"]),
        ship=fd(d - dt.timedelta(days=rng.randint(0, 4))), contract=f"{rng.randint(10, 99)}/{d.year - 1}",
    )
    notes = (
        "Yerevan (Armenia) building-materials supplier's ՀԱՇԻՎ-ԱՊՐԱՆՔԱԳԻՐ in Armenian script over TWO PAGES, in whole drams with spaces ('1 234 500 դր.'), a fully ruled table of 26 to 32 rows broken after row 17 to 19 with a page-1 subtotal 'Ընդամենը էջ 1 (փոխադրվում է)' repeated at the top of page 2 ('Փոխադրված էջ 1-ից'), VAT 20 %: "
        "vendor = the name at the top; vendor_tax_id = its 'ՀՎՀՀ' (8 digits; the state register number and the buyer's ՀՎՀՀ are decoys). "
        "invoice_number = '№' under the title; invoice_date = 'Դուրսգրման ամսաթիվ' ("
        + ["dd.mm.yyyy", "Armenian words ('12 մարտի 2026 թ.')", "dd.mm.yyyy", "dd/mm/yyyy"][i]
        + "); the delivery date 'Առաքման ամսաթիվ' and the contract number are decoys. "
        + due_note(due, term, "Վճարման վերջնաժամկետ")
        + po_note(po, "Պատվեր №")
        + "subtotal = 'Ընդամենը առանց ԱԱՀ'; tax = 'ԱԱՀ 20%'; total = 'Ընդամենը վճարման ենթակա'; the page-1 carried subtotal is NOT a total. Currency AMD. Line items: every numbered row on both pages (net of VAT), not the carried-over rows."
    )
    t = truth(vname, vid, no, po, d, due, "AMD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Ընդամենը վճարման ենթակա", fd(due) if due else None, ctx["carry"]]}
    return t, chk, (ER_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.6pt")), ctx)
