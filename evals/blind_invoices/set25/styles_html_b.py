"""Chromium (HTML) styles for set 25, second part (04 Zanzibar tent and event-hire company's ankara ya kodi in Swahili
with Zanzibar's VAT 15 % in whole shillings, an advance paid and the event date, 05 Isfahan industrial repair shop's
صورتحساب فروش کالا و خدمات in Persian with per-row discounts and VAT 10 %, in rials, dated in the Iranian calendar with
the Gregorian date beside it)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, jalali, sw_date
from kit_common import due_note, po_note, truth
from invoice_kit import digits, en, iban, q0, qstr, rand_date, style_registry
from kit_common import html_head

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Zanzibar tent and event hire (VAT 15 %, TZS), units x days, advance paid
ZN_V = [("Mahema Bora Zanzibar Ltd", "Mtaa wa Malawi Road, Mwanakwerekwe, Unguja", "#0f766e"), ("Unguja Events & Tents Co. Ltd", "Barabara ya Amani, Mombasa, Unguja", "#9a3412"),
        ("Pemba Sherehe Supplies Ltd", "Chake Chake, Pemba", "#1e40af"), ("Kizimkazi Party Hire Ltd", "Fuoni, Wilaya ya Magharibi B, Unguja", "#7e22ce")]
ZN_B = [("Hoteli ya Bahari Beach Resort", "Nungwi, Unguja"), ("Zanzibar Coral Reef Hotel Ltd", "Kiwengwa, Unguja"), ("Manta Pemba Lodge", "Konde, Pemba"), ("Jumuiya ya Wafanyabiashara Darajani", "Darajani, Mji Mkongwe")]
ZN_ROWS = [("Hema kubwa 10m x 20m (pamoja na kufunga)", "hema", 1, 2, 450000, 900000), ("Hema la VIP 6m x 6m", "hema", 1, 3, 180000, 320000), ("Viti vya plastiki vyenye vitambaa", "kiti", 80, 400, 1500, 3000),
           ("Meza za duara (watu 10)", "meza", 8, 40, 12000, 20000), ("Taa za mapambo na jenereta", "seti", 1, 2, 250000, 480000), ("Mfumo wa sauti na DJ", "seti", 1, 1, 350000, 650000),
           ("Vitambaa vya meza (linen)", "kipande", 8, 40, 4000, 7000)]


@style("04", "tz_zanzibar_mahema_ankara_ya_kodi_vat_15")
def s04(rng, i):
    vname, vaddr, color = ZN_V[i]
    bname, baddr = ZN_B[i]
    d = rand_date(rng)
    ev = d - dt.timedelta(days=rng.randint(1, 6))
    days = rng.randint(1, 3)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(ZN_ROWS, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 500, hi // 500) * 500)
        items.append({"desc": desc, "unit": unit, "qty": q, "days": days, "price": p, "amount": q * p * days})
    items.append({"desc": "Usafirishaji na ufungaji (transport)", "unit": "safari", "qty": D(1), "days": 1, "price": D(rng.randint(60, 240) * 1000), "amount": None})
    items[-1]["amount"] = items[-1]["price"]
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.15"))
    total = net + tax
    adv = q0(total * D(rng.choice(["0.3", "0.4", "0.5"]))) if i in (0, 2) else None
    vrn = f"{rng.randint(10, 99)}-{digits(rng, 6)}-{rng.choice('ABCDEFG')}"
    zin = f"Z{digits(rng, 9, True)}"
    no = [f"ZBT/{d.year}/{rng.randint(100, 999)}", f"{rng.randint(10000, 49999)}", f"PSS-{rng.randint(1000, 9999)}", f"KPH{d.strftime('%y%m')}{rng.randint(10, 99)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), sw_date, lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = [d + dt.timedelta(days=14), None, d + dt.timedelta(days=30), None][i]
    term = ["", "Malipo yafanyike ndani ya siku 30 baada ya kupokea ankara", "", "Malipo kabla ya kuondoa vifaa"][i]
    po = [f"LPO {rng.randint(1000, 9999)}", None, None, f"BBR-{rng.randint(100, 999)}"][i]
    po_label = ["Namba ya oda (LPO)", "", "", "Namba ya oda (LPO)"][i]
    html = html_head(margin="13mm 14mm", fs="8.8pt") + """
<div style="background:{{ color }};color:#fff;padding:10px 14px"><div style="font-size:17pt" class="b">{{ v_name }}</div><div>{{ v_addr }}, Zanzibar · Simu +255 24 22{{ tel }}</div>
<div>ZIN: {{ zin }} · VRN: {{ vrn }}</div></div>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%;vertical-align:top"><div style="font-size:15pt;letter-spacing:1px" class="b">ANKARA YA KODI</div><div class="small">Tax invoice · Mamlaka ya Mapato Zanzibar (ZRA)</div>
<table style="margin-top:6px">{% for k, v in meta %}<tr><td style="color:#555;padding:1px 12px 1px 0">{{ k }}</td><td class="b">{{ v }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top;border-left:3px solid {{ color }};padding-left:10px"><div class="small">Mteja</div><b>{{ b_name }}</b><br>{{ b_addr }}<div style="margin-top:6px">Tukio: {{ event }}<br>Tarehe ya tukio: {{ ev }} · siku {{ days }}</div></td></tr></table>
<table class="it"><tr style="border-top:2px solid #222;border-bottom:1px solid #222"><th style="text-align:left">Na.</th><th style="text-align:left">Maelezo</th><th class="r">Idadi</th><th>Kipimo</th><th class="r">Siku</th><th class="r">Bei (TZS)</th><th class="r">Jumla (TZS)</th></tr>
{% for it in items %}<tr style="border-bottom:1px solid #e5e5e5"><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="c">{{ it.u }}</td><td class="r">{{ it.s }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="margin:10px 0 0 auto;min-width:300px;page-break-inside:avoid">{% for k, v, b in tot %}<tr{% if b %} style="background:{{ color }};color:#fff"{% endif %}><td style="padding:3px 10px"{% if b %} class="b"{% endif %}>{{ k }}</td><td class="r{% if b %} b{% endif %}" style="padding:3px 10px">{{ v }}</td></tr>{% endfor %}</table>
<div style="margin-top:12px">{{ term }}Vifaa vilivyoharibika au kupotea vitalipwa na mteja. Malipo kwa benki: {{ bank }}, akaunti {{ acct }}.</div>
<div style="margin-top:16px" class="small">Risiti ya malipo itatolewa baada ya malipo. Imetolewa na: {{ clerk }}</div>
</body></html>"""
    meta = [("Namba ya ankara", no), ("Tarehe ya ankara", fd(d))]
    if po:
        meta.append((po_label, po))
    if due:
        meta.append(("Tarehe ya mwisho ya malipo", fd(due)))
    tot = [("Jumla kabla ya VAT", en(net, 0), False), ("VAT 15%", en(tax, 0), False), ("JUMLA KUU (TZS)", en(total, 0), True)]
    if adv:
        tot += [("Malipo ya awali yaliyopokelewa", "-" + en(adv, 0), False), ("Salio la kulipa", en(total - adv, 0), False)]
    ctx = dict(color=color, v_name=vname, v_addr=vaddr, tel=digits(rng, 4), zin=zin, vrn=vrn, meta=meta, b_name=bname, b_addr=baddr,
               event=rng.choice(["Harusi (sherehe ya ufukweni)", "Mkutano wa wafanyakazi", "Tamasha la utamaduni", "Sherehe ya mwisho wa mwaka"]), ev=ev.strftime("%d/%m/%Y"), days=days,
               items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "s": x["days"], "p": en(x["price"], 0), "a": en(x["amount"], 0)} for x in items], tot=tot, term=(term + ". ") if term else "",
               bank=rng.choice(["People's Bank of Zanzibar (PBZ)", "CRDB Bank, tawi la Zanzibar", "NMB Bank, Mlandege"]), acct=digits(rng, 12, True), clerk=rng.choice(["Asha Suleiman", "Mwanaisha Juma", "Khamis Ali", "Salma Haji"]))
    notes = (
        "Zanzibar tent and event-hire company's ANKARA YA KODI (tax invoice) in Swahili with Zanzibar's own VAT at 15 % (mainland Tanzania's is 18 %) in whole shillings, rows priced per unit and per day (two quantity columns: 'Idadi' units and 'Siku' days): vendor = the company name in the coloured band; vendor tax id = 'VRN' (shape unverified); the ZIN, the bank account and the LPO are decoys. "
        "invoice_number = 'Namba ya ankara'; invoice_date = 'Tarehe ya ankara' (" + ["dd/mm/yyyy", "'12 Machi 2026'", "dd-mm-yyyy", "dd.mm.yyyy"][i] + "); the event date is a decoy. "
        + due_note(due, term, "Tarehe ya mwisho ya malipo")
        + po_note(po, po_label)
        + "subtotal = 'Jumla kabla ya VAT'; tax = 'VAT 15%'; total = 'JUMLA KUU (TZS)'"
        + ("; the advance received ('Malipo ya awali') and 'Salio la kulipa' (balance) are decoys" if adv else "")
        + ". Currency TZS. Amounts '1,234,500' (whole shillings). Line items: every row (quantity = the 'Idadi' column, units; the days multiply the amount)."
    )
    t = truth(vname, vrn, no, po, d, due, "TZS", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, vrn, no, po, vname, "JUMLA KUU"], (html, ctx)


# =========================================================================== 05 Isfahan industrial repair shop (VAT 10 % in 1403, IRR), official sales invoice table, Jalali dates
IR_V = [("شرکت تعمیرات صنعتی سپاهان پمپ", "اصفهان، شهرک صنعتی محمودآباد، خیابان دوازدهم", "#1b4f72"), ("شرکت فنی مهندسی زاینده‌رود", "اصفهان، خیابان کاوه، نبش کوچه ۱۸", "#7b241c"),
        ("شرکت خدمات صنعتی نقش جهان", "اصفهان، شهرک صنعتی جی، بلوار اصلی", "#196f3d"), ("شرکت بازسازی الکتروموتور آریا", "نجف‌آباد، شهرک صنعتی، خیابان سوم", "#6c3483")]
IR_B = [("شرکت فولاد مبارکه اصفهان", "مبارکه، کیلومتر ۷۵ جاده اصفهان"), ("شرکت پالایش نفت اصفهان", "اصفهان، اتوبان شهید آقابابایی"), ("شرکت سیمان سپاهان", "اصفهان، جاده مبارکه"),
        ("شرکت ذوب آهن اصفهان", "اصفهان، زرین‌شهر")]
IR_ROWS = [("تعمیر اساسی پمپ سانتریفیوژ", "دستگاه", 1, 3, 180, 650), ("سیم‌پیچی الکتروموتور ۷۵ کیلووات", "دستگاه", 1, 2, 240, 900), ("بالانس دینامیکی روتور", "عدد", 1, 4, 45, 140),
           ("تعویض بلبرینگ و کاسه‌نمد", "عدد", 2, 12, 8, 30), ("مکانیکال سیل", "عدد", 1, 6, 35, 120), ("دستمزد نصب و راه‌اندازی", "نفر-ساعت", 8, 60, 2, 5)]


@style("05", "ir_isfahan_tamirat_soorathesab_vat_10")
def s05(rng, i):
    vname, vaddr, color = IR_V[i]
    bname, baddr = IR_B[i]
    d = rand_date(rng, end=dt.date(2025, 3, 19))  # 1403, when the VAT was 10 %
    items = []
    for k, (desc, unit, qlo, qhi, lo, hi) in enumerate(rng.sample(IR_ROWS, rng.randint(3, 5))):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo, hi)) * 1000000
        gross = q * p
        disc = q0(gross * D(rng.choice([0, 0, 2, 5]))) / 100 if k % 2 == 0 else D(0)
        disc = q0(disc / 1000) * 1000
        after = gross - disc
        vat = q0(after * D("0.10"))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "gross": gross, "disc": disc, "amount": after, "vat": vat, "code": f"{rng.randint(1000, 9999)}"})
    gross = sum(x["gross"] for x in items)
    discs = sum(x["disc"] for x in items)
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    econ = digits(rng, 12, True)
    natid = f"10{digits(rng, 9)}"
    jy, jm, jd = jalali(d)
    jdate = f"{jy}/{jm:02d}/{jd:02d}"
    gd = [lambda x: x.strftime("%Y-%m-%d"), lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%Y/%m/%d")][i]
    no = [f"{rng.randint(1000, 9999)}", f"{jy}{rng.randint(100, 999)}", f"{rng.randint(20000, 69999)}", f"{rng.randint(300, 999)}/{jy % 100}"][i]
    po = [None, f"{rng.randint(4500, 4599)}{digits(rng, 6)}", None, f"{jy}/{rng.randint(10, 99)}"][i]
    po_label = ["", "شماره سفارش خرید", "", "شماره قرارداد"][i]
    taxid = f"A{digits(rng, 5)}{rng.choice('0123456789ABCDEF')}{digits(rng, 15)}"
    r = lambda x: en(x, 0)  # noqa: E731
    html = html_head(margin="12mm 12mm", fs="8.2pt", size="A4 landscape").replace("<html>", '<html dir="rtl" lang="fa">') + """
<table style="width:100%"><tr><td style="width:30%;vertical-align:top" class="small">شماره سریال: <b dir="ltr">{{ no }}</b><br>تاریخ: <b>{{ jdate }}</b><br>تاریخ میلادی: <b dir="ltr">{{ gdate }}</b>{% if po %}<br>{{ po_label }}: <b dir="ltr">{{ po }}</b>{% endif %}</td>
<td style="text-align:center"><div style="font-size:15pt" class="b">صورتحساب فروش کالا و خدمات</div><div class="small">شماره منحصر به فرد مالیاتی: <span dir="ltr">{{ taxid }}</span></div></td><td style="width:30%"></td></tr></table>
<div style="background:{{ color }};color:#fff;padding:2px 8px;margin-top:8px" class="b">مشخصات فروشنده</div>
<table style="width:100%;border:1px solid #999"><tr><td style="padding:3px 8px">نام شخص حقیقی / حقوقی: <b>{{ v_name }}</b></td><td style="padding:3px 8px">شماره اقتصادی: <b>{{ econ }}</b></td><td style="padding:3px 8px">شناسه ملی: {{ natid }}</td></tr>
<tr><td colspan="2" style="padding:3px 8px">نشانی: {{ v_addr }}</td><td style="padding:3px 8px">کد پستی: {{ postal }} · تلفن: ۰۳۱-{{ tel }}</td></tr></table>
<div style="background:{{ color }};color:#fff;padding:2px 8px;margin-top:6px" class="b">مشخصات خریدار</div>
<table style="width:100%;border:1px solid #999"><tr><td style="padding:3px 8px">نام شخص حقیقی / حقوقی: <b>{{ b_name }}</b></td><td style="padding:3px 8px">شماره اقتصادی: {{ b_econ }}</td><td style="padding:3px 8px">نشانی: {{ b_addr }}</td></tr></table>
<div style="background:{{ color }};color:#fff;padding:2px 8px;margin-top:6px" class="b">مشخصات کالا یا خدمات مورد معامله</div>
<table style="width:100%;border-collapse:collapse" border="1" cellpadding="3"><tr style="background:#eee"><th>ردیف</th><th>کد کالا</th><th>شرح کالا یا خدمات</th><th>تعداد / مقدار</th><th>واحد اندازه‌گیری</th><th>مبلغ واحد (ریال)</th><th>مبلغ کل (ریال)</th><th>مبلغ تخفیف</th><th>مبلغ کل پس از تخفیف (ریال)</th><th>جمع مالیات و عوارض ارزش افزوده (ریال)</th><th>جمع کل مبلغ کل پس از تخفیف و مالیات و عوارض (ریال)</th></tr>
{% for it in items %}<tr><td class="c">{{ loop.index }}</td><td class="c">{{ it.c }}</td><td>{{ it.d }}</td><td class="c">{{ it.q }}</td><td class="c">{{ it.u }}</td><td class="c">{{ it.p }}</td><td class="c">{{ it.g }}</td><td class="c">{{ it.x }}</td><td class="c">{{ it.a }}</td><td class="c">{{ it.v }}</td><td class="c">{{ it.t }}</td></tr>{% endfor %}
<tr style="background:#f3f3f3" class="b"><td colspan="6" class="c">جمع کل</td><td class="c">{{ gross }}</td><td class="c">{{ discs }}</td><td class="c">{{ net }}</td><td class="c">{{ tax }}</td><td class="c">{{ total }}</td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="vertical-align:top">شرایط و نحوه فروش: {{ terms }}<br>توضیحات: نرخ مالیات بر ارزش افزوده ۱۰ درصد (سال ۱۴۰۳). پرداخت به حساب {{ bank }} شماره شبا <span dir="ltr">{{ sheba }}</span></td>
<td style="width:34%;vertical-align:top"><table style="border:1.5px solid #333;width:100%"><tr><td style="padding:3px 8px">جمع مبلغ پس از تخفیف</td><td style="padding:3px 8px;text-align:left">{{ net }}</td></tr><tr><td style="padding:3px 8px">مالیات و عوارض ارزش افزوده ۱۰٪</td><td style="padding:3px 8px;text-align:left">{{ tax }}</td></tr>
<tr style="border-top:1.5px solid #333"><td style="padding:3px 8px" class="b">مبلغ قابل پرداخت (ریال)</td><td style="padding:3px 8px;text-align:left" class="b">{{ total }}</td></tr></table></td></tr></table>
<table style="width:100%;margin-top:18px" class="small"><tr><td>مهر و امضای فروشنده</td><td style="text-align:left">مهر و امضای خریدار</td></tr></table>
</body></html>"""
    ctx = dict(color=color, no=no, jdate=jdate, gdate=gd(d), po=po, po_label=po_label, taxid=taxid, v_name=vname, econ=econ, natid=natid, v_addr=vaddr, postal=digits(rng, 10, True), tel=digits(rng, 8, True),
               b_name=bname, b_econ=digits(rng, 12, True), b_addr=baddr, items=[{"c": x["code"], "d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": r(x["price"]), "g": r(x["gross"]), "x": r(x["disc"]), "a": r(x["amount"]), "v": r(x["vat"]), "t": r(x["amount"] + x["vat"])} for x in items],
               gross=r(gross), discs=r(discs), net=r(net), tax=r(tax), total=r(total), terms=rng.choice(["نقدی", "غیر نقدی (اعتباری)", "نقدی و غیر نقدی"]), bank=rng.choice(["بانک ملت", "بانک صادرات", "بانک تجارت"]),
               sheba=iban("IR", "0" + rng.choice(["12", "19", "18"]) + digits(rng, 19)))
    notes = (
        "Isfahan industrial repair company's صورتحساب فروش کالا و خدمات (the official sales invoice form) in Persian, right to left, on a landscape page, in rials, with the seller's and buyer's boxes, per-row discounts and per-row VAT (10 % in 1403) and the 'جمع کل' row summing every column: vendor = 'نام شخص حقیقی / حقوقی' in the seller's box; vendor tax id = 'شماره اقتصادی' (economic code, 12 digits, shape unverified); the national id (شناسه ملی), the unique tax number, the buyer's economic code and the postcode are decoys. "
        "invoice_number = 'شماره سریال'; invoice_date = the Gregorian 'تاریخ میلادی' (" + ["yyyy-mm-dd", "dd/mm/yyyy", "'6 January 2025'", "yyyy/mm/dd"][i] + ") beside the Solar Hijri 'تاریخ' yyyy/mm/dd (the same day). No due date (null). "
        + po_note(po, po_label)
        + "subtotal = 'جمع مبلغ پس از تخفیف' (after the discounts); tax = 'مالیات و عوارض ارزش افزوده ۱۰٪'; total = 'مبلغ قابل پرداخت (ریال)'. The gross column and the discounts are decoys. Currency IRR. Amounts '12,345,000' (whole rials). Line items: every row, amount = 'مبلغ کل پس از تخفیف' (after the row's discount, before VAT; quantity = units or man-hours)."
    )
    t = truth(vname, econ, no, po, d, None, "IRR", net, tax, total, items, notes)
    return t, [gd(d), jdate, econ, no, po, vname, "مبلغ قابل پرداخت"], (html, ctx)
