// The tablet page of the satisfaction survey: one question per screen, pictograms, read aloud.
// Plain JavaScript, no build step; the words shown come from the Survey Language records.
(function () {
	"use strict";

	const API = "/api/method/amif_network.amif_surveys.";
	const root = document.getElementById("survey");
	const start = window.surveyStart || {};
	const staff = window.staffWords || {};
	const FACE_WORDS = { 1: "face_very_bad", 2: "face_bad", 3: "face_neutral", 4: "face_good", 5: "face_very_good" };
	const FACE_FILL = { 1: "#f28b82", 2: "#fbbc72", 3: "#fde293", 4: "#ccff90", 5: "#81c995" };
	const FACE_MOUTH = {
		1: "M14 34 Q24 24 34 34",
		2: "M15 33 Q24 28 33 33",
		3: "M15 31 L33 31",
		4: "M15 29 Q24 35 33 29",
		5: "M14 28 Q24 40 34 28",
	};
	const YES_NO = { yes: ["✔", "yes"], no: ["✘", "no"], dont_know: ["?", "dont_know"] };

	const state = { survey: null, lang: null, index: 0, answers: {}, selected: null, queue: null };
	// What the page played last: the browser tests read it.
	window.surveyAudio = { url: null, played: 0, bytes: 0 };

	function el(tag, attrs, children) {
		const node = document.createElement(tag);
		Object.entries(attrs || {}).forEach(([key, value]) => {
			if (key === "onclick") node.addEventListener("click", value);
			else if (key === "text") node.textContent = value;
			else if (key === "html") node.innerHTML = value;
			else node.setAttribute(key, value);
		});
		(children || []).forEach((child) => child && node.appendChild(child));
		return node;
	}

	function faceSvg(level) {
		return (
			'<svg viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="22" fill="' +
			FACE_FILL[level] +
			'" stroke="#333" stroke-width="2"/><circle cx="17" cy="19" r="3" fill="#333"/>' +
			'<circle cx="31" cy="19" r="3" fill="#333"/><path d="' +
			FACE_MOUTH[level] +
			'" stroke="#333" stroke-width="3" fill="none" stroke-linecap="round"/></svg>'
		);
	}

	async function call(method, args, post) {
		const options = { headers: { Accept: "application/json" }, credentials: "same-origin" };
		let url = API + method;
		if (post) {
			options.method = "POST";
			options.headers["Content-Type"] = "application/json";
			options.headers["X-Frappe-CSRF-Token"] = window.frappe.csrf_token || "";
			options.body = JSON.stringify(args);
		} else {
			url += "?" + new URLSearchParams(args).toString();
		}
		const response = await fetch(url, options);
		const body = await response.json().catch(() => ({}));
		if (!response.ok) {
			const error = new Error(serverMessage(body) || response.statusText);
			error.type = body.exc_type || "";
			throw error;
		}
		return body.message;
	}

	function serverMessage(body) {
		try {
			return JSON.parse(body._server_messages || "[]")
				.map((raw) => JSON.parse(raw).message)
				.join("\n")
				.replace(/<[^>]+>/g, " ");
		} catch (error) {
			return "";
		}
	}

	function showError(message) {
		root.replaceChildren(
			el("section", { class: "screen error" }, [
				el("p", { class: "error-title", text: staff.not_saved || "" }),
				el("p", { class: "error-text", text: message }),
				el("button", { class: "big-button", type: "button", onclick: () => backToStaff() }, [
					el("span", { text: start.session ? staff.next_participant : staff.close }),
				]),
			])
		);
	}

	// Read-aloud: the server's voice first; the tablet's own voice if the server has none.
	let currentAudio = null;
	function speak(params, fallbackText) {
		if (currentAudio) currentAudio.pause();
		const lang = state.lang;
		if (lang && lang.voice) {
			const url =
				API +
				"audio.speak?" +
				new URLSearchParams(Object.assign({ template: state.survey.template, language: lang.code }, params));
			const audio = new Audio(url);
			currentAudio = audio;
			window.surveyAudio.url = url;
			audio.addEventListener("playing", () => {
				window.surveyAudio.played += 1;
			});
			audio.play().catch(() => speakLocally(fallbackText));
			return;
		}
		speakLocally(fallbackText);
	}

	function speakLocally(text) {
		if (!text || !window.speechSynthesis || !state.lang) return;
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = state.lang.code;
		window.speechSynthesis.cancel();
		window.speechSynthesis.speak(utterance);
	}

	function speakerButton(params, text) {
		return el(
			"button",
			{
				class: "speaker",
				type: "button",
				"aria-label": "🔊",
				onclick: (event) => {
					event.stopPropagation();
					speak(params, text);
				},
			},
			[el("span", { text: "🔊" })]
		);
	}

	function setDirection(lang) {
		document.documentElement.setAttribute("dir", lang && lang.rtl ? "rtl" : "ltr");
		document.documentElement.setAttribute("lang", lang ? lang.code : start.staffLang || "en");
	}

	// Staff screen of a session: who answers next. Locked on the server once a participant had the tablet.
	async function showQueue() {
		setDirection(null);
		try {
			state.queue = await call("survey.session_queue", { session: start.session });
		} catch (error) {
			if (error.type === "SurveyListLocked") {
				showHandBack();
				return;
			}
			throw error;
		}
		const list = state.queue.enrolments;
		const children = [el("h1", { class: "staff-title", text: state.queue.module })];
		if (!list.length) children.push(el("p", { class: "staff-note", text: staff.nobody_left }));
		else children.push(el("p", { class: "staff-note", text: staff.hand_over }));
		list.forEach((row) => {
			children.push(
				el("button", { class: "big-button staff-pick", type: "button", "data-enrolment": row.name, onclick: () => openEnrolment(row.name) }, [
					el("span", { text: row.participant_name || row.name }),
				])
			);
		});
		root.replaceChildren(el("section", { class: "screen staff" }, children));
	}

	async function openEnrolment(enrolment) {
		try {
			state.survey = await call("survey.open_survey", { enrolment: enrolment });
		} catch (error) {
			showError(error.message);
			return;
		}
		state.answers = {};
		state.index = 0;
		state.lang = null;
		showLanguages();
	}

	function showLanguages() {
		setDirection(null);
		const buttons = state.survey.languages.map((lang) =>
			el(
				"button",
				{
					class: "big-button language",
					type: "button",
					lang: lang.code,
					dir: lang.rtl ? "rtl" : "ltr",
					"data-lang": lang.code,
					onclick: () => {
						state.lang = lang;
						setDirection(lang);
						showQuestion();
					},
				},
				[el("span", { text: lang.name })]
			)
		);
		root.replaceChildren(
			el("section", { class: "screen languages" }, [
				el("div", { class: "globe", text: "🌍", "aria-hidden": "true" }),
				el("div", { class: "language-list" }, buttons),
			])
		);
	}

	function wordingOf(question) {
		return question.wordings[state.lang.code] || question.wordings.fr || { plain: "", text: "", options: [] };
	}

	function answerButtons(question, wording) {
		const words = state.lang.words;
		const choose = (value, params, text) => () => {
			state.selected = value;
			root.querySelectorAll(".answer").forEach((b) => b.classList.toggle("chosen", b.dataset.value === value));
			root.querySelector(".next").disabled = false;
			speak(params, text);
		};
		if (question.kind === "Faces (3)" || question.kind === "Faces (5)") {
			return question.answers.map((level) => {
				const word = words[FACE_WORDS[level]];
				const button = el(
					"button",
					{
						class: "answer face",
						type: "button",
						"data-value": level,
						"aria-label": word,
						onclick: choose(level, { word: FACE_WORDS[level] }, word),
					},
					[el("span", { class: "pictogram", html: faceSvg(level) }), el("span", { class: "label", text: word })]
				);
				return button;
			});
		}
		if (question.kind === "Yes / No / Don't know") {
			return question.answers.map((value) => {
				const [sign, key] = YES_NO[value];
				const word = words[key];
				return el(
					"button",
					{
						class: "answer sign " + value,
						type: "button",
						"data-value": value,
						"aria-label": word,
						onclick: choose(value, { word: key }, word),
					},
					[el("span", { class: "pictogram", text: sign }), el("span", { class: "label", text: word })]
				);
			});
		}
		if (question.kind === "Choice") {
			return question.answers.map((value, i) => {
				const word = (wording.options || [])[i] || value;
				return el(
					"button",
					{
						class: "answer sign",
						type: "button",
						"data-value": value,
						"aria-label": word,
						onclick: choose(value, { question: question.key, option: String(i) }, word),
					},
					[
						el("span", { class: "pictogram", text: question.pictograms[i] || "•" }),
						el("span", { class: "label", text: word }),
					]
				);
			});
		}
		const area = el("textarea", { class: "free-text", rows: "4", maxlength: "1000" });
		area.addEventListener("input", () => {
			state.selected = area.value.trim() || null;
			root.querySelector(".next").disabled = !state.selected && question.required;
		});
		return [area];
	}

	function showQuestion() {
		const questions = state.survey.questions;
		const question = questions[state.index];
		const wording = wordingOf(question);
		const words = state.lang.words;
		state.selected = state.answers[question.key] || null;
		const progress = el("div", { class: "progress", role: "progressbar" }, [
			el("div", { class: "progress-bar", style: `width: ${(100 * state.index) / questions.length}%` }),
		]);
		progress.setAttribute("aria-valuenow", String(state.index + 1));
		progress.setAttribute("aria-valuemax", String(questions.length));
		const heading = el(
			"h1",
			{ class: "question-text", onclick: () => speak({ question: question.key }, wording.plain) },
			[el("span", { text: wording.plain })]
		);
		const next = el(
			"button",
			{
				class: "nav next",
				type: "button",
				"aria-label": words.done,
				onclick: () => {
					if (state.selected) state.answers[question.key] = state.selected;
					goTo(state.index + 1);
				},
			},
			[el("span", { text: "➜" })]
		);
		next.disabled = !state.selected && question.kind !== "Free text";
		if (question.kind === "Free text" && question.required) next.disabled = !state.selected;
		const nav = [
			el(
				"button",
				{
					class: "nav back",
					type: "button",
					"aria-label": "⟵",
					onclick: () => (state.index ? goTo(state.index - 1) : showLanguages()),
				},
				[el("span", { text: "➜" })]
			),
		];
		if (!question.required) {
			nav.push(
				el(
					"button",
					{
						class: "nav skip",
						type: "button",
						onclick: () => {
							delete state.answers[question.key];
							goTo(state.index + 1);
						},
					},
					[el("span", { text: "⏭ " + words.skip })]
				)
			);
		}
		nav.push(next);
		root.replaceChildren(
			el("section", { class: "screen question", "data-key": question.key }, [
				el("div", { class: "top" }, [
					progress,
					el("span", { class: "counter", text: `${state.index + 1} / ${questions.length}` }),
				]),
				el("div", { class: "ask" }, [speakerButton({ question: question.key }, wording.plain), heading]),
				el("div", { class: "answers kind-" + question.kind.replace(/[^a-z0-9]+/gi, "-").toLowerCase() }, answerButtons(question, wording)),
				el("div", { class: "navigation" }, nav),
			])
		);
		if (state.selected) {
			root.querySelectorAll(".answer").forEach((b) => b.classList.toggle("chosen", b.dataset.value === state.selected));
			next.disabled = false;
		}
	}

	function goTo(index) {
		if (index >= state.survey.questions.length) {
			send();
			return;
		}
		state.index = index;
		showQuestion();
	}

	async function send() {
		root.replaceChildren(el("section", { class: "screen sending" }, [el("p", { text: staff.sending })]));
		try {
			await call(
				"survey.submit_survey",
				{
					enrolment: state.survey.enrolment,
					language: state.lang.code,
					answers: state.answers,
					channel: start.channel || "Tablet",
				},
				true
			);
		} catch (error) {
			setDirection(null);
			showError(error.message);
			return;
		}
		showThanks();
	}

	function showThanks() {
		const words = state.lang.words;
		root.replaceChildren(
			el("section", { class: "screen thanks" }, [
				el("div", { class: "thanks-sign", text: "✔", "aria-hidden": "true" }),
				el("h1", { class: "thanks-text", onclick: () => speak({ word: "thank_you" }, words.thank_you) }, [
					el("span", { text: words.thank_you }),
				]),
				speakerButton({ word: "thank_you" }, words.thank_you),
				el("button", { class: "staff-link", type: "button", onclick: () => backToStaff() }, [
					el("span", { text: "🔒 " + staff.for_staff }),
				]),
			])
		);
		speak({ word: "thank_you" }, words.thank_you);
	}

	// After a participant: a neutral screen; only the staff member's password leads on.
	function backToStaff() {
		state.survey = null;
		state.lang = null;
		state.queue = null;
		if (start.channel === "Paper" && !start.session) closePage();
		else showHandBack();
	}

	function showHandBack(message) {
		setDirection(null);
		const password = el("input", {
			class: "staff-password",
			type: "password",
			autocomplete: "current-password",
			"aria-label": staff.password,
			placeholder: staff.password,
		});
		const unlock = async () => {
			try {
				await call("survey.unlock_session_list", { password: password.value }, true);
			} catch (error) {
				showHandBack(error.message);
				return;
			}
			if (start.session) showQueue().catch((error) => showError(error.message));
			else closePage();
		};
		password.addEventListener("keydown", (event) => {
			if (event.key === "Enter") unlock();
		});
		root.replaceChildren(
			el("section", { class: "screen hand-back" }, [
				el("div", {
					class: "hand-back-sign",
					"aria-hidden": "true",
					// A tablet passed back: drawn, as tablets may lack an emoji font.
					html:
						'<svg viewBox="0 0 120 100" width="180" height="150"><rect x="30" y="8" width="60" height="84" rx="8" fill="#fff" stroke="#2b6cb0" stroke-width="5"/>' +
						'<circle cx="60" cy="82" r="4" fill="#2b6cb0"/><path d="M108 50 H74 M84 38 L72 50 L84 62" stroke="#2f855a" stroke-width="7" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>',
				}),
				el("h1", { class: "hand-back-text", text: staff.give_back }),
				message ? el("p", { class: "error-text", text: message }) : null,
				el("div", { class: "unlock" }, [
					password,
					el("button", { class: "big-button unlock-button", type: "button", onclick: unlock }, [
						el("span", { text: staff.unlock }),
					]),
				]),
			])
		);
	}

	function closePage() {
		if (window.history.length > 1) window.history.back();
		else window.close();
	}

	if (start.session) showQueue().catch((error) => showError(error.message));
	else openEnrolment(start.enrolment);
})();
