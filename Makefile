# The two set-up commands of the README.
#   make run   bring up a site with the app and the demo data, served on 127.0.0.1:8000
#   make test  run the whole pytest suite (the integration layer needs a bench: see README)
SHELL := /bin/bash

.PHONY: run test

run:
	@bash scripts/run.sh

test:
	@bash scripts/test.sh
