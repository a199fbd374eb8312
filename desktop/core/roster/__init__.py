"""Roster import (issue 15): bring a station's existing .xlsx/.xls/.csv rosters into the register.

reading (file -> cells) -> headers (find the header rows) -> fields (map columns) -> values and
checks (one row -> person and household, with the register's validation) -> plan (dry run against
the register) -> apply (one transaction, undo) -> error_book (the workbook to hand back).
"""
