"""Sources: which files a command line names, how their bytes are read and decoded, the
Document each becomes (text, date, encoding, warnings).
"""
