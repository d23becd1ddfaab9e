function processFromForm(form) {
	const phases = [];
	for (let i = 0; i < 6; i++) {
		const name = String(form.get(`phase${i}_name`) ?? "").trim();
		const startsAt = String(form.get(`phase${i}_start`) ?? "");
		const endsAt = String(form.get(`phase${i}_end`) ?? "");
		if (name || startsAt || endsAt) phases.push({
			name,
			startsAt,
			endsAt
		});
	}
	return {
		mechanism: form.get("mechanism"),
		title: form.get("title"),
		description: form.get("description"),
		scopeDecided: form.get("scopeDecided") ?? "",
		scopeOpen: form.get("scopeOpen") ?? "",
		scopeWhoDecides: form.get("scopeWhoDecides") ?? "",
		scopeWhen: form.get("scopeWhen") ?? "",
		districtId: form.get("districtId") || null,
		topics: form.getAll("topics"),
		phases
	};
}

export { processFromForm as p };
//# sourceMappingURL=form2.js-nHeEbJ0S.js.map
