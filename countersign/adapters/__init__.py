"""Outside systems behind the ports: the local ledger and CRM, QuickBooks, Salesforce."""
