from api.cli import cli

cli(prog_name="policy-graph")
