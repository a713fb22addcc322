"""The label words of `lexicon`, by language: each word's concepts (`WORDS`, built by `_add`), the words of two
languages (`EITHER`), the filler words that join concept words (`FILLER`) and the compound ends (`SUFFIXES`).
Data only; `lexicon` reads labels with it.
"""

from __future__ import annotations

from countersign.extraction.label_words_cyrillic_asia import CLOSING as CYRILLIC_ASIA_CLOSING
from countersign.extraction.label_words_cyrillic_asia import CYRILLIC_ASIA, CYRILLIC_ASIA_FILLER
from countersign.extraction.label_words_malay import MALAY
from countersign.extraction.label_words_more import MORE, MORE_FILLER
from countersign.extraction.label_words_regional import REGIONAL, REGIONAL_FILLER

# word -> concepts (a word may carry two: "Rechnungsbetrag" is DOC TOTAL after splitting).
WORDS: dict[str, tuple[str, ...]] = {}


def _add(concept: str, words: str) -> None:
    for word in words.split():
        if concept not in WORDS.get(word, ()):
            WORDS[word] = WORDS.get(word, ()) + (concept,)


_add("DOC", "invoice invoices inv re rechnung facture facturation fact factuur factura gutschrift avoir "
            "creditnota credit note nota crédito credito abrechnung fattura fatt fatura faktura faktury fv")
# Brazil's electronic notes: "NF-e nº", "NFC-e nº 000008851" (a consumer's), "NFS-e nº" (services'); "e" is a filler
_add("DOC", "nf nfe nfc nfce nfs nfse")
# A weaker document word: "Document No." or "Receipt No." ranks below "Invoice No.".
_add("DOCW", "document doc bill beleg receipt quittung kassenbon ricevuta recibo paragon documento dokument")
# A Dutch till receipt's "Bonnr" (bon + nr; "bon" alone stays a filler, as in "bon de commande").
_add("DOCW", "bonnr")
_add("DOCW", "ticket")  # a till's "Ticket n° 573-7178" (French, Spanish, English tills)
_add("NUM", "bonnr")
_add("NUM", "no nr number num nummer n° nº № no° numéro numero número núm nro nbr nos # id idnr ref réf "
            "reference référence referencia referentie kenmerk code código codigo n n.º numer rif riferimento "
            "referência")
_add("NUM", "referenz zeichen")  # "Ihr Zeichen", "Ihre Referenz": a German letter's your-reference, the buyer's
_add("DATE", "date datum fecha data dated daté datée point")  # "Tax point": the UK's date of supply
_add("ISSUE", "issue issued ausstellung émission emission emisión emision émise emise uitgifte expedición "
              "expedicion emissione emissão emissao wystawienia wystawiona emitida emitido emessa emesso wystawiono")
_add("DUE", "due fällig faellig fälligkeit échéance echeance verval vervaldag vencimiento vto uiterste limite límite "
            "ziel scadenza vencimento termin płatne platne deadline frist zahlungsfrist venc")
_add("PAY", "pay payment paiement payer zahlung zahlen zahlender zahlbar betaling betalen betaal pago pagar remit "
            "payable regler régler pagamento pagare płatności platnosci płatność zapłaty zaplaty zapłata")
_add("BY", "by bis until before avant vóór voor antes")
_add("ORDER", "bestellung bestell bestel bestelling commande inkooporder pedido orden compra ordine acquisto "
              "encomenda zamówienia zamówienie zamowienia zamowienie requisição requisicao requisición requisicion")
_add("ORDEREN", "order orders auftrag")  # "order", "Auftrag": the buyer's, or the vendor's own sales order
_add("PO", "po lpo purchase p/o")  # "LPO No.": a local purchase order (the Gulf, East Africa)
_add("JOB", "job")  # "Job Order No." (the Philippines' order for a job); "Job No." alone labels no field
_add("YOUR", "your ihre ihr votre vos uw su sus vostro vs sua seu v buyer buyer's buyers")  # "V/ Encomenda", "V/ Ref."
_add("CUSTOMER", "customer customer's kunde kunden kd client klant cliente debiteur account acct klient klienta "
                 "nabywca odbiorca")
_add("DELIVERY", "d/o lieferschein liefer lieferung livraison levering pakbon albarán albaran shipment consegna "
                 "entrega dostawy dostawa ddt")
_add("SUPPLY", "leistung supply prestation service sprzedaży sprzedazy")
_add("TAX", "vat tax taxes mwst ust umsatzsteuer mehrwertsteuer tva btw iva gst hst steuer igic cuota imposta "
            "imposto podatek podatku cgst sgst igst utgst pst qst gct icms")
_add("TAXID", "nif cif uid ein tin fein vatin nip nipc gstin abn siret siren piva cnpj contribuinte rfc trn")
_add("TAXID", "tpin")  # Malawi's and Zambia's taxpayer number
_add("TAX", "bbo bavp bazv")  # Aruba's turnover taxes, each on the invoice amount ("BBO 2.5%", "BAVP 1.5%")
_add("TAX", "sst")  # a sales and service tax: Malaysia's, Sindh's ("Total (excl. SST)", "SST @ 15%")
# a levy is a tax: Ghana's NHIL and GETFund levies ("National Health Insurance Levy (NHIL) 2.5%"), a tourism levy
_add("TAX", "levy levies nhil getfund")
_add("TAX", "ipi")  # Brazil's tax on products, added on top ("Valor do IPI"; the ICMS is inside the prices)
# "Valor total dos produtos", "Total mercadorias": the goods before tax
_add("NETW", "produtos productos products produits mercadorias merchandise")
_add("NETW", "serviços servicos")  # Brazil's "Valor dos Serviços" (an NFS-e's): the services' value before the tax
_add("SERIES", "serie série series seria serija seri sıra sira")  # "Serie y Número": the document's series and number
_add("DOC", "folio")  # Mexico's "Folio: 4413" is the invoice's number ("Folio fiscal" is its UUID)
_add("DOC", "dte")  # Central America's electronic tax document: "Número de DTE" (Guatemala's FEL) is its number
_add("NUM", "folio")
_add("REG", "reg registration registered identification ident identifikation intracom intracommunautaire "
            "intracomm identificatie")
_add("COMPANY", "company firm")
_add("RATE", "rate satz taux tarief tipo")
_add("TOTAL", "total totaal totale gesamt summe betrag montant importe amount sum som bedrag suma importo razem "
              "kwota wartość wartosc valor montante ogółem ogolem value")
_add("NETW", "subtotal subtotaal netto neto nett ht htva htv taxable warenwert imponible base imponibile ilíquido "
             "iliquido tributável tributavel incidência incidencia")  # net on their own
# net with a total word
# "s" is "sem" in "Total s/ IVA"
_add("NET", "net excl exkl excluding exclusive ohne sub sous zwischen hors before senza sem sin bez escl esclusa s")
_add("NET", "πριν")  # Greek "Σύνολο πριν ΦΠΑ": the total before VAT, the net
_add("GROSS", "gross brutto bruto ttc incl inkl including inclusive grand end final lordo ivato incluido incluida "
              "included inc")  # "TOTAL (IVA INCLUIDO)", "Total inc GST"
_add("NET", "ex")  # "Subtotal (ex GST)"
_add("PAID", "paid bezahlt gezahlt anzahlung acompte réglé regle betaald aanbetaling voldaan pagado anticipo "
             "deposit received prepaid vorauszahlung geleistete entregado pagato acconto zapłacono zaplacono "
             "wpłacono wplacono zaliczka")
_add("OPEN", "balance offen offener offene rest restbetrag reste solde openstaand pendiente outstanding "
             "remaining noch nog residuo pozostało pozostalo")
_add("CHARGE", "shipping freight delivery handling versand fracht porto verpackung port frais verzend vracht "
               "bezorg envío envio portes transporte surcharge spedizione trasporto spese imballo wysyłka wysylka "
               "przesyłka przesylka envio timbre stamp stempel")  # a stamp duty added after the tax ("Timbre fiscal")
_add("DISCOUNT", "discount rebate rabatt nachlass skonto remise rabais korting descuento dto allowance sconto "
                 "desconto rabat upust")
_add("CARRIED", "carried forward übertrag uebertrag report reporter vortrag saldovortrag brought")
_add("CARRIED", "задолженность задолженности")  # a debt carried from past invoices ("Итого задолженность с учётом ...")
_add("TERMS", "terms conditions bedingungen condiciones voorwaarden termijn condizioni condições condicoes "
              "warunki termini prazo")
_add("CURRENCY", "currency währung devise valuta moneda moeda waluta валута валюта")
# Czech, Slovak, Hungarian, Finnish, Estonian, Latvian, Lithuanian, Romanian, Greek: "Měna: EUR"
_add("CURRENCY", "měna mena pénznem penznem valuutta valuuta valūta valiuta monedă νόμισμα νομισμα")
_add("IBAN", "iban")
# Czech, Hungarian and Turkish ("Datum splatnosti", "Fizetési határidő", "Vade tarihi", "Genel toplam"):
_add("DOC", "fakturu fakturace számla szamla számlát szamlat faturası faturasi sorszám sorszam sorszáma sorszama")
_add("DOCW", "doklad dokladu bizonylat belge")
_add("NUM", "číslo cislo čísla cisla č sorszám sorszam sorszáma sorszama szám szam száma szama numarası numarasi")
_add("DATE", "dátum dátuma datuma kelte kelt tarih tarihi keltezés keltezes")
_add("ISSUE", "vystavení vystaveni kiállítás kiallitas düzenleme duzenleme")
_add("DUE", "splatnosti splatnost határidő hatarido határideje vade")
_add("PAY", "úhradě uhrade úhrady uhrady fizetési fizetesi fizetendő fizetendo ödeme odeme ödenecek odenecek")
_add("ORDER", "objednávka objednavka objednávky objednavky megrendelés megrendeles rendelés rendeles sipariş siparis")
_add("DELIVERY", "dodací dodaci szállítólevél szallitolevel irsaliye")
_add("SUPPLY", "plnění plneni teljesítés teljesites teslim промета promet prometa")
_add("TAX", "dph daň dan áfa afa kdv vergi")
_add("TAXID", "dič dic adószám adoszam vkn")
_add("TOTAL", "celkem součet soucet částka castka összesen osszesen összeg osszeg végösszeg vegosszeg toplam tutar "
              "tutarı tutari")
_add("NETW", "základ zaklad nettó matrah")
_add("NET", "ara")  # "Ara toplam": the subtotal
# "Vergi Hariç Tutar" (the amount without the tax), "Vergiler Dahil Toplam" (with the taxes), "Hesaplanan KDV" (the
# VAT computed), "Toplam İskonto" (the discounts' sum: "İ" lowers to "i" and a combining dot)
_add("NET", "hariç haric")
_add("GROSS", "dahil")
_add("TAX", "vergiler")
_add("DISCOUNT", "iskonto i\u0307skonto")
_add("GROSS", "včetně vcetne bruttó genel végösszeg vegosszeg")  # "Fizetendő végösszeg": the grand total
# Slovak ("Celkom na úhradu", "Spolu s DPH": the total to pay, "IČ DPH" the VAT registration number; "IČO" alone is
# the company's)
_add("TOTAL", "celkom spolu")  # "Spolu bez DPH" (the sum without the tax), "DPH spolu" (the tax's sum)
_add("PAY", "úhradu uhradu úhrade")  # "Celkom k úhrade"
_add("REG", "ič")
# Finnish ("Laskun numero", "Laskun päivämäärä", "Eräpäivä", "Viitteenne", "Veroton yhteensä", "ALV 25,5 %"):
_add("DOC", "lasku laskun")
_add("DATE", "päivämäärä paivamaara pvm eräpäivä erapaiva")
_add("DUE", "eräpäivä erapaiva")
_add("YOUR", "viitteenne tilauksenne")
_add("NUM", "viitteenne numero tilausnumero")
_add("ORDER", "tilaus tilausnumero tilauksenne")
_add("TAX", "alv")
_add("TOTAL", "yhteensä yhteensa")
_add("NETW", "veroton")
_add("TAXID", "tunnus")  # "Y-tunnus" (the business id; "y" is a filler, as in Spanish)
_add("REG", "rek")  # "ALV-rek."
# Estonian ("Arve nr", "Kuupäev", "Maksetähtaeg", "Tellimuse nr", "Summa käibemaksuta", "KMKR nr", "Tasuda"):
_add("DOC", "arve")
_add("DATE", "kuupäev kuupaev")
_add("DUE", "maksetähtaeg maksetahtaeg tähtaeg tahtaeg")
_add("PAY", "maksetähtaeg maksetahtaeg tasuda tasumisele")
_add("ORDER", "tellimus tellimuse")
_add("CUSTOMER", "kliendi")
_add("DELIVERY", "tarne tarnija")
_add("TAX", "käibemaks kaibemaks")
_add("TAXID", "kmkr")
_add("NETW", "käibemaksuta kaibemaksuta")
_add("TOTAL", "summa kokku")
# Greek ("Αριθμός Τιμολογίου", "Ημ/νία Λήξης", "Αρ. Παραγγελίας", "ΑΦΜ", "Σύνολο Καθαρής Αξίας", "Σύνολο ΦΠΑ",
# "Πληρωτέο ποσό"), with and without accents (capitals drop them):
_add("DOC", "τιμολόγιο τιμολογιο τιμολογίου τιμολογιου")
_add("NUM", "αριθμός αριθμος αριθ αρ")
_add("DATE", "ημερομηνία ημερομηνια ημ νία νια")  # "Ημ/νία"
_add("DUE", "λήξης ληξης λήξη ληξη")
_add("ORDER", "παραγγελίας παραγγελιας παραγγελία παραγγελια")
_add("CUSTOMER", "πελάτη πελατη πελάτης πελατης")
_add("TAX", "φπα")
_add("TAXID", "αφμ")
_add("REG", "εγγραφής εγγραφης εγγραφή εγγραφη")  # Cyprus: "Αρ. Εγγραφής ΦΠΑ", the VAT registration number
_add("COMPANY", "εταιρείας εταιρειας εταιρεία εταιρεια")  # "Αρ. Εγγραφής Εταιρείας ΗΕ": the company register's
_add("TOTAL", "σύνολο συνολο ποσό ποσο αξία αξια αξίας αξιας")
_add("NETW", "καθαρή καθαρη καθαρής καθαρης")
_add("PAY", "πληρωτέο πληρωτεο")
_add("GROSS", "γενικό γενικο")  # "Γενικό σύνολο": the grand total
# Latin American Spanish: "Monto neto", "R.U.T." (Chile's tax id, printed with dots)
_add("TOTAL", "monto")
_add("TAXID", "rut ruc cuit")  # Peru's "R.U.C."; Argentina's "CUIT" (Clave Única de Identificación Tributaria)
# The Dominican Republic's "RNC" (Registro Nacional del Contribuyente: the tax id; "RNC cliente", the buyer's) and
# "e-NCF" (the electronic fiscal voucher's number: the invoice's); "ITBIS 18%", its VAT
_add("TAXID", "rnc")
_add("TAX", "itbis")
_add("DOC", "ncf")
_add("NUM", "ncf")
_add("TAXID", "fiscal fiscale mf")  # Tunisia's "Matricule fiscal : 2618384/S/A/M/000" ("MF client": the buyer's)
_add("REG", "matricule")
_add("TAX", "igv")  # Peru's "I.G.V. 18%" (impuesto general a las ventas)
# "RUT EMISOR", "RFC Emisor", "CNPJ do emitente": the issuer's id (the buyer's is the "receptor"'s)
_add("SELLER", "emisor emitente")
_add("SELLER", "penjual")  # Indonesian "NPWP Penjual": the seller's tax id ("NPWP Pembeli", the buyer's)
_add("CUSTOMER", "pembeli")
# Costa Rica: "Cédula Jurídica" (a company's tax id), "N° Consecutivo" (the invoice's own number; the 50-digit
# "Clave numérica" holds it)
_add("TAXID", "cédula cedula")
_add("COMPANY", "jurídica juridica")
_add("DOC", "consecutivo")
_add("TAX", "impuesto impuestos agregado")  # "Total impuesto": the tax; "Impuesto al Valor Agregado"
_add("NETW", "neta")  # "Total venta neta": the net sales
# A construction pay application ("Owner Contract/PO No.", "Current Payment Due"); "Contract No." alone,
# "Contract Date" and "Contract Sum" name no field.
_add("CUSTOMER", "owner owner's")
_add("CONTRACT", "contract contractor's")
_add("CURRENT", "current")
_add("INSTALMENT", "cuotas instalment instalments installment installments")  # "Total de cuotas": a count
# Bulgarian ("Дата на издаване", "Срок за плащане", "ИН по ЗДДС", "Данъчна основа", "Сума за плащане"):
_add("DOC", "фактура фактурата")
_add("NUM", "номер")
_add("DATE", "дата")
_add("ISSUE", "издаване")
_add("DUE", "падеж срок")
_add("PAY", "плащане плащането")
_add("BY", "до")
_add("ORDER", "поръчка поръчката")
_add("TAX", "ддс зддс")
_add("TAXID", "ин")  # "ИН по ЗДДС": the VAT number, "ЕИК" the company's register number
_add("NETW", "данъчна основа")
_add("TOTAL", "сума общо")
# "Дата на данъчното събитие" (the date of the taxable event, the supply's); "Начислен ДДС" (the VAT charged)
_add("TAX", "данъчното данъчно")
_add("SUPPLY", "събитие събитието")
# Ukrainian and Russian ("Рахунок на оплату № 276", "Счёт на оплату", "Сума ПДВ", "Всього з ПДВ", "Итого с НДС",
# "Оплатити до", "ІПН", "ИНН"); "з"/"с" with the tax is the gross ("with VAT"), "без" the net
_add("DOC", "рахунок рахунку рахунок-фактура счет счёт счета счет-фактура")
_add("TAX", "пдв ндс")
# Kazakh "БИН"/"ИИН" (business, individual id); Uzbek "STIR" (soliq to'lovchining identifikatsiya raqami)
_add("TAXID", "іпн инн бин иин stir")
# Uzbek (Latin): "Buyurtma №" (the order), "To'lov muddati" (the payment's deadline), "Jami" (total), "To‘lovga jami"
# (the total to pay)
_add("ORDER", "buyurtma")
_add("DUE", "muddati")
_add("TOTAL", "jami")
_add("PAY", "to‘lov to‘lovga")
_add("TOTAL", "всього усього итого всего сумма")
_add("NET", "без")
_add("GROSS", "з с")
_add("PAY", "оплатити оплати оплата сплатити оплатить оплаты")
_add("ORDER", "замовлення замовленням заказ заказа заявка")
_add("CUSTOMER", "покупателя")  # "Заявка покупателя №", "Заказ покупателя №": the buyer's order
# Lithuanian ("Sąskaitos data", "Apmokėti iki", "Užsakymo Nr.", "PVM mokėtojo kodas", "Suma be PVM"); "PVM"
# is Lithuania's VAT and Finland's date ("Laskun pvm"): both readings are tried (`EITHER`).
_add("DOC", "sąskaita sąskaitos saskaita saskaitos faktūra faktūros faktura")
_add("NUM", "kodas")
_add("PAY", "apmokėti apmoketi mokėti moketi mokėjimo mokejimo apmokėjimo apmokejimo")
_add("BY", "iki")
_add("DUE", "terminas")
_add("ORDER", "užsakymo uzsakymo užsakymas uzsakymas")
_add("REG", "mokėtojo moketojo")
_add("TOTAL", "viso")
_add("GROSS", "bendra")
_add("NET", "be")
_add("DELIVERY", "važtaraščio vaztarascio")
_add("ISSUE", "išrašymo israsymo")  # "Išrašymo data": the date of issue
# Curaçao's and the Caribbean Netherlands' tax number ("CRIB-nummer": Centraal Registratie Informatie
# Belastingplichtigen)
_add("TAXID", "crib")
# Icelandic ("Reikningur nr.", "Dagsetning", "Gjalddagi", "Pöntun nr.", "VSK-númer", "Samtals án VSK",
# "Til greiðslu"); "Eindagi" is the last day before late interest, after the due date ("Gjalddagi"): no field.
_add("DOC", "reikningur reiknings")
_add("NUM", "númer numer")
_add("DATE", "dagsetning dags útgáfudagur útgáfudags")
_add("ISSUE", "útgáfudagur útgáfudags")
_add("DUE", "gjalddagi")
_add("LATE", "eindagi")
_add("ORDER", "pöntun pöntunar pontun")
_add("CUSTOMER", "viðskiptamaður viðskiptavinur kaupandi")
_add("TAX", "vsk virðisaukaskattur")
_add("TOTAL", "samtals upphæð")
_add("NET", "án")
_add("PAY", "greiðslu greiðsla")
# Faroese ("ROKNINGUR", "Rokningarnr.", "Dagfesting", "Gjalddagi", "Bílegging nr.", "Kundanr.", "V-tal", "MVG 25%",
# "Tilsamans uttan MVG", "Samtals at gjalda", "Gjaldstreytir"):
_add("DOC", "rokningur rokning rokningar")
_add("NUM", "nummar")
_add("DATE", "dagfesting dagfest")
_add("ORDER", "bílegging bíleggingar bilegging")
_add("CUSTOMER", "kunda kundi")
_add("TAX", "mvg meirvirðisgjald")
_add("TAXID", "v-tal vtal")
_add("TOTAL", "tilsamans")
_add("NET", "uttan")
_add("PAY", "gjalda gjald")
# Serbian (Cyrillic and Latin), Croatian and Slovenian ("РАЧУН бр.", "Датум издавања", "ПИБ", "Укупно за плаћање",
# "Račun br.", "Datum dospijeća", "OIB", "ID za DDV", "Rok plačila", "Skupaj za plačilo", "Znesek brez DDV"):
_add("DOC", "рачун рачуна račun računa racun racuna")
_add("CUSTOMER", "текући tekući tekuci žiro ziro transakcijski")  # "Текући рачун", "Žiro račun": a bank account
_add("NUM", "бр br broj број št številka")  # Slovenian "št.": "Naročilo št.", "RAČUN št."
_add("DATE", "датум")
_add("ISSUE", "издавања издавање izdavanja izdavanje izdaje")
_add("DUE", "доспећа dospeća dospeca dospijeća dospijeca zapadlosti рок rok")
_add("PAY", "плаћање плаћања плаћању plaćanje plaćanja placanje placanja plačilo plačila placilo placila")
_add("TAX", "pdv ddv")
_add("TAXID", "пиб pib oib")
_add("TAX", "даночен даночна")  # Macedonian "Даночен број": the tax number
_add("TAXID", "едб")  # Macedonian "ЕДБ", the single tax number
_add("ORDER", "нарачка нарачката")  # Macedonian "Ваша нарачка бр.": your order's number
_add("YOUR", "ваша")
_add("TOTAL", "укупно укупан укупна ukupno ukupan ukupna iznos износ skupaj znesek")
_add("NET", "bez brez")
_add("NET", "основица")  # "Укупна основица": the total tax base
# The Latin "osnovica" labels a rate's row's base too ("PDV 25 % | osnovica 299,00"): only after a total is it the sum
_add("BASE", "osnovica")  # ("Ukupno osnovica", `lexicon._amount`)
_add("DISCOUNT", "рабат рабата rabata попуст попуста popusta")  # "Износ без рабата": the amount before the discount
_add("ORDER", "наруџбеница наруџбенице narudžbenica narudzbenica narudžba narudzba naročilnica narocilnica naročilo "
              "narudžbenici narudzbenici")  # "Po Vašoj narudžbenici br.": after your order no.
_add("YOUR", "vašoj vasoj vaša vaš")
_add("YOUR", "dvs")  # Romanian "Comanda dvs.:" (dumneavoastră, your order)
# Romanian (Moldova's too): "Suma totală spre plată", "Total de plată", "Data eliberării" (of issue), "Termen de
# plată" (the day to pay by)
_add("TOTAL", "totală totala")
_add("PAY", "plată plata")
_add("ISSUE", "eliberării eliberarii")
_add("DUE", "termen")
# Albanian, Kosovo's too ("Nr. i faturës", "Nr. TVSH", "NUI", "Afati i pagesës", "Nr. i porosisë")
_add("DOC", "faturës fatures")
_add("TAX", "tvsh")
_add("TAXID", "nui nipt")
_add("TAXID", "nuit")  # Mozambique's taxpayer number
# Latin America's "NIT" (Bolivia, Guatemala, Colombia), Belarus's "УНП", Côte d'Ivoire's "NCC" (compte contribuable),
# Senegal's "NINEA"
_add("TAXID", "nit унп ncc ninea")
_add("TAXID", "ifu bin fin")  # Benin's "IFU" (identifiant fiscal unique), Bangladesh's "BIN", Suriname's "FIN"
ACRONYMS = frozenset(("bin", "fin", "ifu", "pin"))  # label words only in capitals ("Bin rental": a bin's)
_add("DUE", "afati")
_add("PAY", "pagesës pageses pagesa")
_add("ORDER", "porosisë porosise porosia porosi")
_add("NUM", "numri numër numer referenca")  # "Numri i faturës", "Referenca e blerësit" (the buyer's: its order)
_add("YOUR", "blerësit bleresit")
# Albanian sums ("Vlera pa TVSH" the value without the tax, "Totali për pagesë" the total to pay, "Vlera me TVSH"
# with it) and "Nr. porosie" (of the order)
_add("TOTAL", "totali vlera")
_add("NET", "pa")
_add("PAY", "pagesë pagese")
_add("ORDER", "porosie")
_add("ISSUE", "lëshimit leshimit")  # "Data e lëshimit": the date of issue
# Latvian ("PVN rēķins Nr.", "Datums", "Apmaksas termiņš", "PVN reģ. Nr.", "Kopā apmaksai", "Summa bez PVN"):
_add("DOC", "rēķins rēķina rekins rekina")
_add("DATE", "datums")
_add("DUE", "termiņš termins")
_add("PAY", "apmaksas apmaksai samaksāt")
_add("BY", "līdz lidz")
_add("TAX", "pvn")
_add("REG", "reģ reģistrācijas")
_add("TOTAL", "kopā kopa")
_add("ORDER", "pasūtījums pasūtījuma pasutijums")
# Catalan (Andorra, Catalonia): "Data d'emissió", "Venciment", "Comanda client", "Base imposable", "Base de
# tributació", "IGI 4,5 %" (Andorra's tax), "NRT" (Andorra's tax id); "Total factura rectificativa" is the corrective
# invoice's total ("Factura rectificada", the invoice it corrects, names no field)
_add("ISSUE", "emissió emissio")
_add("DUE", "venciment")
_add("ORDER", "comanda")
_add("NETW", "imposable tributació tributacio")
_add("TAX", "igi")
_add("TAXID", "nrt")
_add("TAXID", "coe")  # San Marino's "Cod. Operatore Economico (C.O.E.)", the business's tax code
_add("COMPANY", "operatore economico")
_add("DOC", "rectificativa")
# Danish, Norwegian and Swedish ("Fakturanr.", "Fakturadato", "Forfaldsdato", "Forfallsdato", "Förfallodatum",
# "Rekvisitionsnr.", "Bestillingsnr.", "Moms", "MVA", "I alt", "Beløb", "Att betala", "CVR-nr."):
_add("DATE", "dato")
_add("DUE", "forfald forfall förfallo forfallo forfaller förfaller")
_add("ORDER", "rekvisition bestilling bestillings beställning bestallning")
_add("TOTAL", "alt beløb beløp belopp totalt")
_add("PAY", "betale betales betala betalas")
_add("TAX", "moms mva")
_add("TAX", "merverdiavgift mervärdesskatt mervardesskatt merværdiafgift")  # the VAT's name ("Merverdiavgift 0 %")
_add("NET", "ekskl eksklusive eks uden uten utan")  # "Sum eks. mva.": the net
_add("PO", "inköpsorder inkopsorder inkøbsordre innkjøpsordre")  # the buyer's purchase order
_add("YOUR", "er ert deres")  # "Er beställning", "Ert ordernr." (Swedish), "Deres ref." (Norwegian, Danish)
_add("NUM", "referens referanse")  # "Er referens" (Swedish), "Deres referanse" (Norwegian): your reference
_add("TAXID", "cvr")
# New Caledonia: "RIDET" (the company's register number, its tax id), "TGC 6 %" (the general consumption tax)
_add("TAXID", "ridet")
_add("TAX", "tgc")
# French "taxe" ("Total hors taxe"); Saint-Martin's "TGCA 4 %" (taxe générale sur le chiffre d'affaires, no TVA there)
_add("TAX", "taxe tgca")
# What the billed lines are, summed: "Total charges" (a freight agent's, every row a charge); over a tax row it is the
# net (`totals`), alone it names no field ("Shipping charges", "Total freight charges" stay a charge)
_add("LINES", "charges")
_add("TAX", "ivu")  # Puerto Rico's sales and use tax ("IVU 4% servicios", "IVU estatal 10.5%", "IVU municipal 1%")
_add("TAX", "ipsi")  # Ceuta and Melilla's tax in place of the IVA ("IPSI 4 % s/ obra", "IPSI 10 %")
EITHER = {"pvm": ("TAX",)}  # Lithuania's VAT ("PVM mokėtojo kodas"); Finnish "pvm" is a date
# Vietnamese, by syllable ("Số", "Ngày", "Mã số thuế", "Cộng tiền hàng", "Tiền thuế GTGT", "Tổng cộng tiền
# thanh toán"); its e-invoices print an English gloss too, read when these are not (`labels.label_matches`):
_add("NUM", "số mã")
_add("DATE", "ngày")
_add("TAX", "thuế gtgt")
_add("TOTAL", "tổng cộng")
_add("NETW", "hàng dịch vụ")  # "tiền hàng", "tiền dịch vụ": the goods', the services' amount, before the tax
_add("PAY", "thanh toán")
_add("RATE", "suất")
# Swahili (Tanzania, Kenya, Uganda): "Namba ya ankara", "Tarehe ya ankara", "Namba ya oda (LPO)", "Tarehe ya mwisho
# ya malipo" (the last day of payment), "Jumla kabla ya VAT" (the total before VAT), "JUMLA KUU" (the grand total);
# "VRN": the VAT registration number Tanzania and Zanzibar print
_add("DOC", "ankara")
_add("NUM", "namba")
_add("DATE", "tarehe")
_add("ORDEREN", "oda")
_add("DUE", "mwisho")
_add("PAY", "malipo")
_add("TOTAL", "jumla")
_add("NET", "kabla")
_add("GROSS", "kuu")
_add("TAXID", "vrn")
# Words that join concept words without meaning of their own.
FILLER = frozenset("tiền de du des la le l d of the van het del el der die vom zum zur am à a in en per for on wa "
                    "sales plus zzgl less abzgl kosten costs cost to be te zu bon gastos bereits already déjà "
                    "reeds ya extra di da do dos das della dello dei od z ze na w dla e i al alla em com "
                    "ao y k son att å на за по към iš til af spätestens spaetestens latest za место mesto mjesto kraj "
                    "и this в том числе այդ թվում për perlu harga".split())
# French "toutes taxes comprises" (all taxes in: the gross, "TTC" spelled out)
_add("GROSS", "compris comprise comprises")
FILLER = FILLER | {"tout", "toutes"}
# Spanish and Portuguese "sales" ("Factura de venta No."), and an electronic document's word ("Factura electrónica No.",
# "Electronic Invoice No.": the invoice's number, as on paper)
FILLER = FILLER | {"commercial",  # "Commercial Invoice No.", "Commercial Tax 5%" (Myanmar's tax on goods and services)
                   "venta", "venda", "vendas", "electrónica", "electronica", "electrônica", "eletrônica", "eletronica",
                   "electronic", "électronique", "electronique", "elettronica", "elektronische", "elektroniczna"}
# (Czech "k": "Celkem k úhradě"; Turkish "son": "Son Ödeme Tarihi"; Bulgarian "за", "по": "Сума за плащане",
# "ИН по ЗДДС"; Russian "в том числе НДС", Armenian "այդ թվում ԱԱՀ": of which VAT, the tax)
SUFFIXES = ("identifikations", "nummer", "datum", "betrag", "bedrag", "summe", "kosten", "idnr", "nr", "id",
             "dag", "ziel", "satz", "dato", "númer", "szám", "szam")  # (Icelandic "Pöntunar|númer", Hungarian
# "Rendelés|szám", the order's number)
# A buying party's order: "Agent order no." (a travel agent's booking), "Dealer order no."; alone, "Agent No." names
# no field, like "Customer No.". A public contract's reference and its order's: "Réf. marché / BC" ("bon de
# commande", "BdC"). The single taxpayer id of Central Africa ("NIU": Congo, Cameroon, Gabon).
_add("CUSTOMER", "agent agent's dealer dealer's")
_add("CONTRACT", "marché marche")
_add("PO", "bc bdc")
_add("TAXID", "niu")
# Arabic ("رقم الفاتورة", "التاريخ", "تاريخ الاستحقاق", "الرقم الضريبي", "أمر الشراء", "الإجمالي قبل الضريبة", "إجمالي
# الضريبة", "الإجمالي شامل الضريبة", "رقم العميل"), read in the order the words are read (`leftward`). A lam-alef
# ligature is often extracted without its alef or with the two letters swapped ("الستحقاق", "اإلجمالي"): both kept.
_add("DOC", "فاتورة الفاتورة")
_add("NUM", "رقم الرقم")
_add("DATE", "تاريخ التاريخ")
_add("ISSUE", "الإصدار الاصدار اإلصدار إصدار")
_add("DUE", "الاستحقاق الستحقاق استحقاق")
_add("ORDER", "أمر امر طلب الشراء شراء")
_add("ORDER", "طلبيتكم طلبية الطلبية")  # "رقم طلبيتكم": your order's number
# "مشتغل مرخص": a licensed dealer, Israel's VAT-registered trader (עוסק מורשה), its number the tax id
_add("TAXID", "مشتغل")
_add("REG", "مرخص")
_add("TAX", "ضريبة الضريبة الضريبي الضريبية ضريبي")
_add("TOTAL", "الإجمالي الاجمالي اإلجمالي إجمالي اجمالي المجموع مجموع")
_add("NET", "قبل بدون")
_add("GROSS", "شامل شاملة")
_add("CUSTOMER", "العميل عميل المشترك")
_add("DELIVERY", "التوريد التسليم")
# Egypt's "رقم التسجيل الضريبي" (the tax registration number; "للعميل": the customer's), "الإجمالي المستحق" (the total
# due), "إجمالي الأصناف" (the items' sum)
_add("REG", "التسجيل تسجيل")
_add("CUSTOMER", "للعميل")
_add("DUE", "المستحق مستحق")
_add("LINES", "الأصناف األصناف الاصناف")
_add("AFTER", "بعد")  # "الإجمالي بعد الخصم": the sum after the discount, no field's label of its own
# Lao, its words unspaced, so each label is one word ("ເລກທີ" No., "ວັນທີ" Date, "ວັນຄົບກຳນົດຊຳລະ" due date,
# "ໃບສັ່ງຊື້" purchase order, "ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ" taxpayer id, "ລວມເງິນກ່ອນອາກອນ" total before tax,
# "ອາກອນມູນຄ່າເພີ່ມ" value added tax, "ລວມທັງໝົດ" grand total); "ໃບສົ່ງເຄື່ອງ" is the delivery note.
_add("DOC", "ໃບເກັບເງິນ")
_add("NUM", "ເລກທີ ເລກ")
_add("DATE", "ວັນທີ")
_add("DUE", "ວັນຄົບກຳນົດຊຳລະ ວັນຄົບກຳນົດ")
_add("PO", "ໃບສັ່ງຊື້")
_add("DELIVERY", "ໃບສົ່ງເຄື່ອງ")
_add("TAXID", "ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ")
_add("TAX", "ອາກອນມູນຄ່າເພີ່ມ ອາກອນ ອມພ")
_add("NETW", "ລວມເງິນກ່ອນອາກອນ")
_add("TOTAL", "ລວມທັງໝົດ ລວມ ລວມເງິນ")
_add("CUSTOMER", "ລູກຄ້າ ລະຫັດລູກຄ້າ")
# Persian (Iran's and Afghanistan's Dari: "شماره سریال", "تاریخ", "شماره اقتصادی" the economic code, the seller's tax
# id, "شماره درخواست خرید" the purchase request's number), as printed with the Persian yeh
_add("NUM", "شماره")
_add("DATE", "تاریخ")
_add("TAXID", "اقتصادی")
_add("DOC", "صورتحساب")  # an invoice, a bill
_add("DOC", "سریال")  # "شماره سریال": the serial number the official form numbers the invoice by
# Dari's taxpayer id, "نمبر تشخیصیه مالیه دهنده (TIN)": number, identification, tax, giver (the payer)
_add("NUM", "نمبر")
_add("REG", "تشخیصیه")
_add("TAX", "مالیه")
_add("ORDER", "درخواست خرید")
# Arabic "الصافي المستحق": the net due, after a discount (the amount to pay)
_add("OPEN", "المستحق مستحق")
_add("NET", "الصافي صافي")
_add("DISCOUNT", "خصم الخصم")  # "خصم 7%": a discount
# Europe's and Russia's regional languages (`label_words_regional`), after all the above
for _concept, _words in REGIONAL + CYRILLIC_ASIA + MALAY + MORE:  # Asia's in Cyrillic, Malay and Indonesian
    _add(_concept, _words)
FILLER = FILLER | REGIONAL_FILLER | CYRILLIC_ASIA_FILLER | MORE_FILLER
FILLER = FILLER | {"دهنده"}  # Dari "مالیه دهنده": tax giver, the taxpayer
FILLER = FILLER | {"начислен", "начислена", "начислено", "начисленный", "hesaplanan"}  # the VAT charged, computed
CLOSING = CYRILLIC_ASIA_CLOSING  # fillers that also close a label before its value ("Нийт төлөх дүн 46,205,329.50")
# The Slavic "with" before a tax word names the amount with the tax in it, the gross: "Skupaj z DDV", "Celkem s DPH",
# "Ukupno sa PDV", "Razem z VAT" (alone "z" joins words as a filler; "s/ IVA" with its slash is Spanish, the net)
WITH = frozenset("z ze s sa so с со з me".split())  # and Albanian "me": "Vlera me TVSH"
