"""Independent check: truth JSON vs PDF text (numbers, ids, names) + arithmetic."""
import glob, json, os, re, sys, unicodedata
from decimal import Decimal as D
import pymupdf

KEYS = ["vendor_name","vendor_tax_id","invoice_number","po_number","invoice_date","due_date","currency","subtotal","tax","total","document_type","line_items","style","notes"]

def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u202f"," ").replace("\u00a0"," ")
    return re.sub(r"\s+"," ",s)

def parse(t):
    out=set()
    t=t.strip(".,'")
    for dec in ".,":
        other = "," if dec=="." else "."
        u = t.replace("'","").replace(other,"")
        if u.count(dec)<=1:
            try: out.add(D(u.replace(dec,".")))
            except Exception: pass
    return out

def numbers(txt):
    toks=re.findall(r"\d[\d.,']*", txt)
    vals=set()
    for k,t in enumerate(toks):
        vals|=parse(t)
        j=t
        for m in toks[k+1:k+3]:
            if re.fullmatch(r"\d{3}([.,]\d+)?[.,]?", m) and re.fullmatch(r"\d{1,3}", j.split(" ")[-1] if " " in j else (j if len(j)<=3 else "x")) or (re.fullmatch(r"\d{3}([.,]\d+)?[.,]?", m) and " " in j):
                j=j+" "+m
                vals|=parse(j.replace(" ",""))
            else:
                break
    return vals

bad=0; n=0
for jp in sorted(glob.glob("out/*.json")):
    n+=1
    t=json.load(open(jp)); base=jp[:-5]
    errs=[]
    if list(t.keys())!=KEYS: errs.append("keys")
    doc=pymupdf.open(base+".pdf")
    txt=norm("".join(p.get_text() for p in doc))
    nums=numbers(txt)
    for k in ("subtotal","tax","total"):
        if abs(D(t[k])) not in nums: errs.append(f"{k} {t[k]} not printed")
    for l in t["line_items"]:
        if abs(D(l["amount"])) not in nums: errs.append(f"line {l['amount']} not printed")
        if l["quantity"] is not None and D(l["quantity"]) not in nums: errs.append(f"qty {l['quantity']} not printed")
    for k in ("vendor_name","vendor_tax_id","invoice_number","po_number"):
        if t[k] is not None and norm(t[k]) not in txt: errs.append(f"{k} {t[k]!r} not in text")
    if errs: bad+=1; print(os.path.basename(base), errs)
print(f"{n} checked, {bad} with problems")
