"""The answer templates in each language the chat answers in (en, de, fr, es, nl).

phrasing.py picks a template by key and fills it with what a tool returned. Case data (numbers,
names, violation codes, the policy's and the ERP's own messages) goes in verbatim; in the other
languages a quoted message is set in that language's quotation marks, so nobody takes an English
policy message for a translation error.
"""

from __future__ import annotations

QUOTES = {"en": ("", ""), "de": ("„", "“"), "fr": ("« ", " »"), "es": ("«", "»"), "nl": ("“", "”")}

STATUS = {  # a case's status, as the sentence "… is <status> since …" and a list's line need it
    "de": {"awaiting_approval": "in Freigabe", "blocked": "blockiert", "received": "eingegangen",
           "approved": "freigegeben", "needs_review": "in Prüfung", "posting": "in Buchung",
           "processing": "in Bearbeitung", "rejected": "abgelehnt", "expired": "abgelaufen", "posted": "gebucht",
           "failed": "fehlgeschlagen", "failed_intake": "nicht lesbar"},
    "fr": {"awaiting_approval": "en attente d'approbation", "blocked": "bloquée", "received": "reçue",
           "approved": "approuvée", "needs_review": "à vérifier", "posting": "en cours de comptabilisation",
           "processing": "en traitement", "rejected": "rejetée", "expired": "expirée", "posted": "comptabilisée",
           "failed": "en échec", "failed_intake": "illisible"},
    "es": {"awaiting_approval": "pendiente de aprobación", "blocked": "bloqueada", "received": "recibida",
           "approved": "aprobada", "needs_review": "en revisión", "posting": "contabilizándose",
           "processing": "en proceso", "rejected": "rechazada", "expired": "caducada", "posted": "contabilizada",
           "failed": "fallida", "failed_intake": "ilegible"},
    "nl": {"awaiting_approval": "in afwachting van goedkeuring", "blocked": "geblokkeerd", "received": "ontvangen",
           "approved": "goedgekeurd", "needs_review": "ter controle", "posting": "wordt geboekt",
           "processing": "in behandeling", "rejected": "afgewezen", "expired": "verlopen", "posted": "geboekt",
           "failed": "mislukt", "failed_intake": "onleesbaar"},
}

T: dict[str, dict[str, str]] = {
    "en": {
        "couldnt": "I couldn't get that: {msg}",
        "ambiguous": "I couldn't get that: {n} invoices fit that description ({named}); say which one",
        "no_match": "I couldn't get that: no case or invoice matches {ref}",
        "customer_named": "{party} is a customer in the {system}, not a vendor.",
        "vendor_named": "{party} is a vendor in the {system}, not a customer: deals are what we sell.",
        "deals_ambiguous": "I couldn't get that: {ref} fits {n} deals in the {system}, name one: {named}",
        "no_deal": "I couldn't get that: no deal {ref} in the {system}",
        "no_po": "I couldn't get that: no purchase order {ref}",
        "invoice": "Invoice {num} (case {case})", "order": "Order {num} ({file}, case {case})",
        "from": " from {vendor}", "for": " for {vendor}", "unknown_amount": "an unknown amount",
        "unknown_time": "an unknown time",
        "posted": "{what}, did not stall: it was approved and posted as {ref}.",
        "approved_by": "Approved by {who}; posted {at}.",
        "rejected": "{what}, was rejected by {who}: {reason}",
        "expired": "{what}, stalled: its approval request expired — {reason}. It will never post.",
        "failed_intake": "{what}, stalled at intake: the document could not be read — {reason}.",
        "on_hold": "{what}, is on hold since {since}: blocked by {codes} until that is resolved.",
        "typed_number": "No invoice is numbered {typed}; the one that fits is {num}.",
        "state": "{what}, is {status} since {since}.",
        "approval": "{subject} waits for {n} approval(s) from role {roles} ({band} band): {who}. Requested {req}, "
                    "{hours} hours ago; expires {exp}; reminders sent: {rem}.",
        "subject_it": "It", "subject_vendor": "The new vendor", "or": " or ",
        "nobody": "nobody the policy would accept right now",
        "refused_attempt": "{who} tried and was refused: {why}",
        "blocked_by": "Blocked by {code}: {msg}", "for_review": "For review {code}: {msg}",
        "missing": "Missing on the invoice: {field}.", "failed_post": "Posting failed: the {system} said: {msg}",
        "deferred": "Approved, but the {system} did not answer when it was posted ({since}): {msg}. "
                    "The post will be tried again.",
        "unmapped": "{id} is not mapped to a person in the policy, so nothing can be approved by you. "
                    "Ask an administrator to add you to the policy file.",
        "pending_head": "{name}, {n} approval request(s) wait for you:",
        "pending_item": "- {pid}: {what} {num} from {vendor}, {money}, requested {req}, expires {exp}",
        "pending_invoice": "invoice", "pending_vendor": "the new vendor for invoice",
        "pending_none": "{name}, nothing is waiting for your approval.",
        "pending_refused": "You hold the role for {pid} (invoice {num}) but may not approve it: {why}",
        "pending_head_other": "{n} approval request(s) wait for {name}:",
        "pending_none_other": "Nothing is waiting for {name}'s approval.",
        "pending_refused_other": "{name} holds the role for {pid} (invoice {num}) but may not approve it: {why}",
        "audit_head": "Audit trail of case {case}:",
        "po_head": "{po} ({status}) from {vendor}, {currency}, department {dept}:",
        "po_line": "- line {line} {desc}: ordered {ordered} at {price}, received {received}",
        "po_billed": "Billed: {num} as {bill}, total {total}",
        "vendor_none": "No vendor in the vendor master matches that; a new vendor would need its own approval.",
        "vendor_by_tax_id": "by tax id",
        "vendor_by_iban": "by bank account",
        "vendor_by_name": "by name (score {score})",
        "vendor_by_similar_name": "by a similar name",
        "vendor_by_address": "by its address",
        "vendor_by_bank_country": "by the country of its bank account",
        "vendor_by_goods": "by what its invoices bill",
        "vendor_by_spend": "by what we were invoiced in all, against the other vendors",
        "vendor_by_vendor_master": "by its entry in the vendor master (number, status, legal form or ledger account)",
        "vendor_by_purchase_order": "as the supplier on the purchase order",
        "vendor_hit": "Matched {name} ({id}) {how}; tax id {tax}, bank account {iban}, status {status}, "
                      "currency {currency}.",
        "var_head": "Invoice {num} (case {case}) against {po}: {verdict}.",
        "var_line": "- {where} {desc}: ordered {ordered}, received {received}, billed {billed}{price} — {verdict}",
        "var_price": "; unit price {billed} vs PO {ordered} ({diff}, {pct}%, tolerance {tol})",
        "var_total": "Ordered {ordered}, billed {billed}.", "line": "line", "po_line_ref": "PO line",
        "read_head": "Read from case {case}:", "warning": "Warning: {msg}",
        "draft_head": "Bill {pid} ({status}): {vendor} invoice {num}, total {money}, PO {po}",
        "draft_line": "- {desc}: {amount} to account {account}",
        "list_head": "{n} invoice(s) match:", "list_none": "No invoice matches that.",
        "list_no_vendor": "No vendor is called '{vendor}', so that name was left out of the filter.",
        "list_total": "Together: {money}",
        "list_item": "- {num} from {vendor}, {money}: {status}", "list_blocked": ", blocked by {codes}",
        "list_due": ", due {due}",
        "deal_head": "Deal {deal} ({name}, {account}) in the {crm}, {money}",
        "deal_invoiced": "{head}, has been invoiced in the {erp}: {made}.",
        "deal_made": "{doc} for {total} {state}",
        "deal_paid": "(paid)", "deal_outstanding": "({amount} outstanding, due {due})",
        "deal_crm_says": "The {crm} says: invoice {num}, {status}, payment {payment}.",
        "deal_not_won": "{head}, has not been invoiced: it is at stage {stage} in the {crm}, not Closed Won; "
                        "only won deals are invoiced.",
        "deal_asked": "{head}, has not been invoiced yet; a sync to the {erp} was asked for.",
        "deal_nobody": "{head}, has not been invoiced: nobody has asked to sync it to the {erp} yet.",
        "deal_blocked": "It is not ready; a sync would be blocked by:",
        "deal_ready": "It is ready: ask me to \"sync order {deal}\" and an approver will be asked.",
        "refuse": "I can't approve, reject, post or change anything: a person decides in the approval card "
                  "(Slack or `countersign approve`), and the policy checks who they are. "
                  "I can tell you what a case waits on and who may approve it.",
        "which_invoice": "Which invoice do you mean? Name it by its number, supplier, amount or date, "
                         "for example \"who can approve INV-1043?\"",
        "cant_help": "I can't help with that. I can answer questions about:",
        "capabilities": (
            '- why an invoice stalled or where it stands ("why did invoice <number> stall?")\n'
            '- what is waiting for your approval ("what is waiting for me?")\n'
            '- lists of invoices ("which invoices are blocked / overdue / over 10000 / from Acme?")\n'
            '- the variance between an invoice and its PO ("explain the variance on PO-<number>")\n'
            '- a purchase order ("look up PO-<number>")\n'
            '- a vendor in the vendor master ("match vendor <name>" or "vendor with tax id <id>")\n'
            "- a case's audit trail, what was read from its PDF, or its drafted bill\n"
            '- syncing a closed-won order to the ERP ("sync order OPP-<number>"): I propose it, a person approves\n'
            '- why a CRM deal has or has not been invoiced ("why hasn\'t deal <id> been invoiced?")'
        ),
    },
    "de": {
        "couldnt": "Das konnte ich nicht abrufen: {msg}",
        "ambiguous": "{n} Rechnungen passen auf diese Beschreibung ({named}); welche meinen Sie?",
        "no_match": "Keine Rechnung und kein Fall passt zu {ref}.",
        "customer_named": "{party} ist ein Kunde im {system}, kein Lieferant.",
        "vendor_named": "{party} ist ein Lieferant im {system}, kein Kunde: Deals sind, was wir verkaufen.",
        "deals_ambiguous": "{ref} passt auf {n} Deals im {system}, welchen meinen Sie? {named}",
        "no_deal": "Im {system} gibt es keinen Deal {ref}.",
        "no_po": "Keine Bestellung passt zu {ref}.",
        "invoice": "Die Rechnung {num} (Fall {case})", "order": "Der Auftrag {num} ({file}, Fall {case})",
        "from": " von {vendor}", "for": " für {vendor}", "unknown_amount": "ein unbekannter Betrag",
        "unknown_time": "unbekannt",
        "posted": "{what}, hängt nicht fest: sie wurde freigegeben und als {ref} gebucht.",
        "approved_by": "Freigegeben von {who}; gebucht {at}.",
        "rejected": "{what}, wurde von {who} abgelehnt: {reason}",
        "expired": "{what}, hängt fest: die Freigabeanfrage ist abgelaufen — {reason}. Sie wird nie gebucht.",
        "failed_intake": "{what}, hängt beim Eingang fest: das Dokument ist nicht lesbar — {reason}.",
        "on_hold": "{what}, ist seit {since} angehalten: blockiert durch {codes}, bis das gelöst ist.",
        "typed_number": "Keine Rechnung hat die Nummer {typed}; passend ist {num}.",
        "state": "{what}, ist seit {since} {status}.",
        "approval": "{subject} wartet auf {n} Freigabe(n) der Rolle {roles} (Stufe {band}): {who}. Angefragt {req}, "
                    "vor {hours} Stunden; läuft ab {exp}; Erinnerungen: {rem}.",
        "subject_it": "Sie", "subject_vendor": "Der neue Lieferant", "or": " oder ",
        "nobody": "niemand, den die Richtlinie jetzt akzeptiert",
        "refused_attempt": "{who} hat es versucht und wurde abgewiesen: {why}",
        "blocked_by": "Blockiert durch {code}: {msg}", "for_review": "Zur Prüfung {code}: {msg}",
        "missing": "Fehlt auf der Rechnung: {field}.",
        "failed_post": "Buchung fehlgeschlagen, das {system} meldet: {msg}",
        "deferred": "Freigegeben, aber das {system} hat beim Buchen nicht geantwortet ({since}): {msg}. "
                    "Die Buchung wird wiederholt.",
        "unmapped": "{id} ist in der Richtlinie keiner Person zugeordnet, also kann von dir nichts freigegeben "
                    "werden. Bitte einen Administrator, dich in die Richtliniendatei aufzunehmen.",
        "pending_head": "{name}, {n} Freigabeanfrage(n) warten auf dich:",
        "pending_item": "- {pid}: {what} {num} von {vendor}, {money}, angefragt {req}, läuft ab {exp}",
        "pending_invoice": "Rechnung", "pending_vendor": "der neue Lieferant für die Rechnung",
        "pending_none": "{name}, es wartet nichts auf deine Freigabe.",
        "pending_refused": "Du hast die Rolle für {pid} (Rechnung {num}), darfst sie aber nicht freigeben: {why}",
        "pending_head_other": "{n} Freigabeanfrage(n) warten auf {name}:",
        "pending_none_other": "Auf {name}s Freigabe wartet nichts.",
        "pending_refused_other": ("{name} hat die Rolle für {pid} (Rechnung {num}), darf sie aber nicht freigeben: "
                                  "{why}"),
        "audit_head": "Der Prüfpfad des Falls {case}, mit den Ereignissen:",
        "po_head": "Die Bestellung {po} ({status}) von {vendor}, in {currency}, für die Abteilung {dept}:",
        "po_line": "- Position {line} {desc}: bestellt {ordered} zu {price}, erhalten {received}",
        "po_billed": "Abgerechnet: {num} als {bill}, Summe {total}",
        "vendor_none": "Kein Lieferant im Stamm passt dazu; ein neuer Lieferant bräuchte eine eigene Freigabe.",
        "vendor_by_tax_id": "über die Steuernummer",
        "vendor_by_iban": "über die Bankverbindung",
        "vendor_by_name": "über den Namen (Wert {score})",
        "vendor_by_similar_name": "über einen ähnlichen Namen",
        "vendor_by_address": "über die Anschrift",
        "vendor_by_bank_country": "über das Land seines Bankkontos",
        "vendor_by_goods": "über das, was seine Rechnungen berechnen",
        "vendor_by_spend": "über die Summe seiner Rechnungen an uns, verglichen mit den anderen Lieferanten",
        "vendor_by_vendor_master": "über seinen Eintrag im Kreditorenstamm (Nummer, Status, Rechtsform oder Sachkonto)",
        "vendor_by_purchase_order": "als Lieferant der Bestellung",
        "vendor_hit": "Das ist {name} ({id}) aus dem Lieferantenstamm, gefunden {how}; "
                      "die Steuernummer ist {tax}, die Bankverbindung {iban}, der Status {status}, "
                      "die Währung {currency}.",
        "var_head": "Die Rechnung {num} (Fall {case}) gegen {po}: {verdict}.",
        "var_line": "- {where} {desc}: bestellt {ordered}, erhalten {received}, berechnet {billed}{price} — {verdict}",
        "var_price": "; Stückpreis {billed} statt {ordered} laut der Bestellung ({diff}, {pct}%, Toleranz {tol})",
        "var_total": "Bestellt {ordered}, berechnet {billed}.", "line": "Position", "po_line_ref": "Bestellposition",
        "read_head": "Aus dem Fall {case} gelesen:", "warning": "Warnung: {msg}",
        "draft_head": "Die Buchung {pid} ({status}): {vendor} Rechnung {num}, Summe {money}, Bestellung {po}",
        "draft_line": "- {desc}: {amount} auf das Konto {account}",
        "list_head": "{n} Rechnung(en) passen:", "list_none": "Keine Rechnung passt dazu.",
        "list_no_vendor": "Kein Lieferant heißt '{vendor}'; der Name wurde daher nicht als Filter genommen.",
        "list_total": "Zusammen: {money}",
        "list_item": "- {num} von {vendor}, {money}: {status}", "list_blocked": ", blockiert durch {codes}",
        "list_due": ", fällig am {due}",
        "deal_head": "Der Deal {deal} ({name}, {account}) im {crm}, {money}",
        "deal_invoiced": "{head}, wurde im {erp} in Rechnung gestellt: {made}.",
        "deal_made": "{doc} über {total} {state}",
        "deal_paid": "(bezahlt)", "deal_outstanding": "({amount} offen, fällig {due})",
        "deal_crm_says": "Das {crm} meldet: Rechnung {num}, {status}, Zahlung {payment}.",
        "deal_not_won": "{head}, wurde nicht fakturiert: er steht im {crm} auf der Stufe {stage}, nicht Closed Won; "
                        "nur gewonnene Deals werden fakturiert.",
        "deal_asked": "{head}, ist noch nicht fakturiert; die Übertragung an das {erp} ist angefragt.",
        "deal_nobody": "{head}, ist noch nicht fakturiert: niemand hat die Übertragung an das {erp} angefragt.",
        "deal_blocked": "Er ist nicht bereit; die Übertragung wäre blockiert durch:",
        "deal_ready": "Er ist bereit: sag mir \"sync order {deal}\", und ein Freigeber wird gefragt.",
        "refuse": "Ich kann nichts freigeben, ablehnen, buchen oder ändern: das entscheidet eine Person in der "
                  "Freigabekarte (Slack oder `countersign approve`), und die Richtlinie prüft, wer sie ist. "
                  "Ich kann dir sagen, worauf ein Fall wartet und wer ihn freigeben darf.",
        "which_invoice": "Welche Rechnung meinen Sie? Nennen Sie ihre Nummer, den Lieferanten, den Betrag oder "
                         "das Datum, zum Beispiel „wer darf INV-1043 freigeben?“",
        "cant_help": "Dabei kann ich nicht helfen. Ich beantworte Fragen zu:",
        "capabilities": (
            '- warum eine Rechnung hängt oder wo sie steht („warum hängt die Rechnung <Nummer>?“)\n'
            '- was auf Ihre Freigabe wartet („was wartet auf mich?“)\n'
            '- Listen von Rechnungen („welche Rechnungen sind blockiert / überfällig / über 10000 / von Acme?“)\n'
            '- die Abweichung einer Rechnung von ihrer Bestellung („erkläre die Abweichung bei PO-<Nummer>“)\n'
            '- eine Bestellung („zeig mir PO-<Nummer>“)\n'
            '- einen Lieferanten im Stamm („Lieferant <Name>“ oder „Lieferant mit USt-ID <ID>“)\n'
            '- den Prüfpfad eines Falls, was aus seinem PDF gelesen wurde, oder seinen Buchungsentwurf\n'
            '- die Übertragung eines gewonnenen Auftrags ins ERP („synchronisiere OPP-<Nummer>“): ich '
            'schlage sie vor, eine Person gibt sie frei\n'
            '- warum ein Deal im CRM (noch nicht) abgerechnet ist („warum ist Deal <ID> nicht abgerechnet?“)'
        ),
    },
}
