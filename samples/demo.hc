# haircut walkthrough on the bundled frontier-ai sample (README command 1 runs this file).
# One command per line; lines starting with # are comments. The script stops at the first failure.

import samples/frontier-ai.xlsx
rules load rules/
bridge
bridge --by quarter
metrics --by quarter
bridge --by month --format csv --out out/bridge.csv --force
bridge --format json --out out/bridge.json --force
export out/frontier-ai-adjusted.xlsx --force
coverage --scenarios
