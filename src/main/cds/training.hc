import samples/frontier-ai.xlsx
rules load rules/
bridge --by quarter
metrics --by quarter
coverage --scenarios
adjustments
parties
status
help
exit
