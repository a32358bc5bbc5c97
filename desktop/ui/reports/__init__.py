"""Reports: the event report's tab (the officer's words, the number, preview and print)
and the office's document settings (header, number, signer, recipients)."""
