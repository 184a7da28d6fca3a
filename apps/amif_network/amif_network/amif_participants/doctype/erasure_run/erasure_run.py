# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class ErasureRun(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		as_of: DF.Date
		due_count: DF.Int
		erased_count: DF.Int
		erased_participants: DF.LongText | None
		error: DF.SmallText | None
		finished_on: DF.Datetime | None
		held_count: DF.Int
		participants_checked: DF.Int
		run_by: DF.Link | None
		seconds: DF.Float
		started_on: DF.Datetime | None
		status: DF.Literal["Running", "Done", "Failed"]
	# end: auto-generated types

	# written only by the retention job (amif_participants/retention.py)
