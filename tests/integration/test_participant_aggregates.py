"""The SPP follows the network in numbers, never by name; a CPAS manager sees only their CPAS."""

import json
import uuid


def run_report(http):
	return http.post(
		http.base_url + "/api/method/frappe.desk.query_report.run",
		data={"report_name": "Participants per CPAS", "filters": json.dumps({})},
	)


def test_the_spp_sees_counts_for_every_cpas_and_no_name(server, users, site):
	uid = uuid.uuid4().hex[:6]
	made = [
		site.get_doc(
			{"doctype": "Participant", "cpas": "LIEGE", "first_name": "Zoe", "last_name": f"Agg{uid}{i}"}
		).insert()
		for i in range(6)
	]
	site.db.commit()
	try:
		spp = server.session(users["spp_manager"])
		response = run_report(spp)
		assert response.status_code == 200, response.text
		result = response.json()["message"]
		lines = {
			line["cpas"]: line for line in result["result"] if isinstance(line, dict) and line.get("cpas")
		}
		assert {"LIEGE", "GENT", "CHARLEROI", "ANTWERPEN", "BRUXELLES"} <= set(lines)
		# the network's disclosure control may hide a total to protect the cells behind it ("x")
		liege_total = str(lines["LIEGE"]["total"])
		assert liege_total == "x" or int(liege_total) >= 6
		assert f"Agg{uid}" not in response.text
		for line in lines.values():
			assert not any(str(line[key]) in {"1", "2", "3", "4"} for key in line if key != "cpas")

		manager = server.session(users["liege_manager"])
		own = run_report(manager).json()["message"]
		assert [line["cpas"] for line in own["result"] if isinstance(line, dict)] == ["LIEGE"]

		staff = server.session(users["gent_staff"])
		assert run_report(staff).status_code == 403
	finally:
		for doc in made:
			site.delete_doc("Participant", doc.name, force=True)
		site.db.commit()
