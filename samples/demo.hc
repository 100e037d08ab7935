# haircut walkthrough on the bundled frontier-ai sample (README command 1 runs this file).
# One command per line; lines starting with # are comments. The script stops at the first failure.

import samples/frontier-ai.xlsx
rules load rules/
bridge
bridge --by quarter
metrics --by quarter
bridge --by month --format csv --out out/bridge.csv --force
bridge --format json --out out/bridge.json --force
rules list
rules conflicts
parties
adjustments --format csv --out out/adjustments.csv --force
round-trips --format csv --out out/round-trips.csv --force
export out/frontier-ai-adjusted.xlsx --force
coverage --scenarios
