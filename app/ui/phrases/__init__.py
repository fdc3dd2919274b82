"""The phrase library dock (常用语库) and its dialogs."""
