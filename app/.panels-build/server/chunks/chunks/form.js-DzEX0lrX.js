// src/routes/manage/budgets/form.ts
/** Reads the edition rules form (dates as yyyy-mm-dd, start of day UTC). */
function editionFromForm(form) {
	const d = (k) => {
		const v = String(form.get(k) ?? "");
		return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v;
	};
	return {
		ballotKind: form.get("ballotKind") ?? "",
		maxChoices: form.get("maxChoices") || 3,
		cumulativePoints: form.get("cumulativePoints") || 10,
		greenMode: form.get("greenMode") ?? "",
		greenSharePercent: form.get("greenSharePercent") || 0,
		minAge: form.get("minAge") || 0,
		supportRequired: form.get("supportRequired") || 0,
		appealDays: form.get("appealDays") || 7,
		submissionOpensAt: d("submissionOpensAt"),
		supportOpensAt: d("supportOpensAt"),
		verificationOpensAt: d("verificationOpensAt"),
		appealsOpensAt: d("appealsOpensAt"),
		votingOpensAt: d("votingOpensAt"),
		votingClosesAt: d("votingClosesAt"),
		implementationOpensAt: d("implementationOpensAt")
	};
}

export { editionFromForm as e };
//# sourceMappingURL=form.js-DzEX0lrX.js.map
