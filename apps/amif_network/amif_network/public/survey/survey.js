// The tablet page of the satisfaction survey: one question per screen, pictograms, read aloud.
// Plain JavaScript, no build step; the words shown come from the Survey Language records.
(function () {
	"use strict";

	const API = "/api/method/amif_network.api.surveys.";
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
	const YES_NO = { yes: ["check", "yes"], no: ["cross", "no"], dont_know: ["question", "dont_know"] };
	const STAFF_LANG = document.documentElement.getAttribute("lang") || "en";

	// Icons are drawn, never emoji: a tablet without an emoji font shows empty boxes.
	const STROKE = 'fill="none" stroke="currentColor" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"';
	const ICONS = {
		speaker:
			'<path d="M8 19h9l12-10v30L17 29H8z" fill="currentColor"/><path d="M35 16q6 8 0 16M40 10q11 14 0 28" ' + STROKE + "/>",
		globe:
			'<circle cx="24" cy="24" r="19" ' + STROKE + '/><path d="M5 24h38M24 5q-10 19 0 38M24 5q10 19 0 38" ' + STROKE + "/>",
		check: '<path d="M9 25l10 10 20-22" ' + STROKE + ' stroke-width="7"/>',
		cross: '<path d="M12 12l24 24M36 12L12 36" ' + STROKE + ' stroke-width="7"/>',
		question:
			'<path d="M16 17q0-9 8-9t8 8q0 6-8 9v5" ' + STROKE + ' stroke-width="6"/><circle cx="24" cy="39" r="3.5" fill="currentColor"/>',
		arrow: '<path d="M8 24h30M26 12l12 12-12 12" ' + STROKE + ' stroke-width="6"/>',
		skip: '<path d="M8 12l14 12-14 12zM24 12l14 12-14 12z" fill="currentColor"/><path d="M42 12v24" ' + STROKE + "/>",
		lock:
			'<rect x="10" y="21" width="28" height="20" rx="4" fill="currentColor"/><path d="M16 21v-6q0-8 8-8t8 8v6" ' +
			STROKE +
			"/>",
		sun:
			'<circle cx="24" cy="24" r="9" fill="#f6ad55" stroke="#975a16" stroke-width="3"/><path d="M24 3v7M24 38v7M3 24h7M38 24h7M9 9l5 5M34 34l5 5M39 9l-5 5M14 34l-5 5" stroke="#975a16" stroke-width="4" stroke-linecap="round"/>',
		sunrise:
			'<path d="M10 34a14 14 0 0 1 28 0z" fill="#f6ad55" stroke="#975a16" stroke-width="3"/><path d="M4 38h40M24 8v8M8 18l5 5M40 18l-5 5" stroke="#975a16" stroke-width="4" stroke-linecap="round"/>',
		moon: '<path d="M30 6a18 18 0 1 0 12 28A15 15 0 0 1 30 6z" fill="#4a5568" stroke="#1a202c" stroke-width="3"/>',
		cup:
			'<path d="M8 18h26v10q0 12-13 12T8 28z" fill="#975a16"/><path d="M34 21h4q5 0 5 5t-5 5h-5" ' + STROKE + '/><path d="M15 6q-3 4 0 8M23 6q-3 4 0 8" ' + STROKE + ' stroke-width="3"/>',
		house: '<path d="M6 24L24 8l18 16M11 20v20h26V20" ' + STROKE + '/><path d="M20 40V29h8v11" ' + STROKE + "/>",
		book: '<path d="M6 10q9-3 18 2 9-5 18-2v28q-9-3-18 2-9-5-18-2zM24 12v28" ' + STROKE + ' stroke-width="4"/>',
		people:
			'<circle cx="16" cy="15" r="6" fill="currentColor"/><circle cx="32" cy="15" r="6" fill="currentColor"/><path d="M4 40q0-14 12-14t12 14M20 40q0-14 12-14t12 14" ' +
			STROKE +
			' stroke-width="4"/>',
	};
	// Pictograms of older templates written as characters, drawn as the same icons.
	const PICTOGRAM_ALIASES = { "☕": "cup", "☀": "sun", "☀️": "sun", "☾": "moon", "🌙": "moon", "🌅": "sunrise", "🏠": "house", "📖": "book" };

	function icon(name, label) {
		const body = ICONS[name];
		const accessible = label ? 'role="img" aria-label="' + label.replace(/"/g, "&quot;") + '"' : 'aria-hidden="true"';
		return '<svg viewBox="0 0 48 48" focusable="false" ' + accessible + ">" + body + "</svg>";
	}

	function pictogram(text, index) {
		const name = ICONS[text] ? text : PICTOGRAM_ALIASES[(text || "").trim()];
		if (name) return icon(name);
		// Unknown pictogram: the option's number in a circle, drawn.
		return (
			'<svg viewBox="0 0 48 48" focusable="false" aria-hidden="true"><circle cx="24" cy="24" r="20" fill="#e2ecf8" stroke="#2b6cb0" stroke-width="3"/>' +
			'<text x="24" y="32" text-anchor="middle" font-size="22" font-family="sans-serif" fill="#1d2733">' +
			(index + 1) +
			"</text></svg>"
		);
	}

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

	// Read-aloud: a recording made by an interpreter first, then the server's voice (espeak-ng),
	// then the tablet's own voice; the server answers with the first it has.
	let currentAudio = null;
	function speak(params, fallbackText, recorded, language) {
		if (currentAudio) currentAudio.pause();
		const lang = language || state.lang;
		if (lang && (lang.voice || recorded)) {
			const url =
				API +
				"speak?" +
				new URLSearchParams(Object.assign({ template: state.survey.template, language: lang.code }, params));
			window.surveyAudio.requested = (window.surveyAudio.requested || 0) + 1;
			const audio = new Audio(url);
			currentAudio = audio;
			window.surveyAudio.url = url;
			audio.addEventListener("playing", () => {
				window.surveyAudio.played += 1;
			});
			audio.play().catch(() => speakLocally(fallbackText, lang));
			return;
		}
		speakLocally(fallbackText, lang);
	}

	function speakLocally(text, lang) {
		if (!text || !window.speechSynthesis || !lang) return;
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = lang.code;
		window.speechSynthesis.cancel();
		window.speechSynthesis.speak(utterance);
	}

	function speakerButton(params, text, recorded) {
		return el(
			"button",
			{
				class: "speaker",
				type: "button",
				"aria-label": (state.lang && state.lang.words.listen) || "",
				html: icon("speaker"),
				onclick: (event) => {
					event.stopPropagation();
					speak(params, text, recorded);
				},
			},
			[]
		);
	}

	function setDirection(lang) {
		document.documentElement.setAttribute("dir", lang && lang.rtl ? "rtl" : "ltr");
		document.documentElement.setAttribute("lang", lang ? lang.code : STAFF_LANG);
	}

	// Staff screen of a session: who answers next. Locked on the server once a participant had the tablet.
	async function showQueue() {
		setDirection(null);
		try {
			state.queue = await call("session_queue", { session: start.session });
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
			state.survey = await call("open_survey", { enrolment: enrolment });
		} catch (error) {
			showError(error.message);
			return;
		}
		state.answers = {};
		state.index = 0;
		state.lang = null;
		showLanguages();
	}

	// A tap says the language's name in that language and marks it; a second tap (or the arrow) goes on,
	// so a person who reads none of the scripts can still find their own language.
	function showLanguages() {
		setDirection(null);
		let chosen = null;
		const go = el(
			"button",
			{
				class: "nav next language-go",
				type: "button",
				html: icon("arrow"),
				onclick: () => chosen && begin(chosen),
			},
			[]
		);
		go.disabled = true;
		go.setAttribute("aria-label", staff.start || "");
		const buttons = state.survey.languages.map((lang) => {
			const button = el(
				"button",
				{
					class: "big-button language",
					type: "button",
					lang: lang.code,
					dir: lang.rtl ? "rtl" : "ltr",
					"data-lang": lang.code,
					"aria-pressed": "false",
					onclick: () => {
						if (chosen === lang) {
							begin(lang);
							return;
						}
						chosen = lang;
						root.querySelectorAll(".language").forEach((b) => {
							b.classList.toggle("chosen", b === button);
							b.setAttribute("aria-pressed", String(b === button));
						});
						go.disabled = false;
						go.setAttribute("aria-label", lang.words.done);
						go.setAttribute("lang", lang.code);
						speak({ word: "language_name" }, lang.name, lang.recorded_name, lang);
					},
				},
				[el("span", { text: lang.name })]
			);
			return button;
		});
		root.replaceChildren(
			el("section", { class: "screen languages" }, [
				el("h1", { class: "globe", html: icon("globe", staff.choose_language || "") }),
				el("div", { class: "language-list" }, buttons),
				el("div", { class: "navigation" }, [go]),
			])
		);
	}

	function begin(lang) {
		state.lang = lang;
		setDirection(lang);
		showQuestion();
	}

	function wordingOf(question) {
		return question.wordings[state.lang.code] || question.wordings.fr || { plain: "", text: "", options: [] };
	}

	function answerButtons(question, wording) {
		const words = state.lang.words;
		const choose = (value, params, text) => () => {
			state.selected = value;
			root.querySelectorAll(".answer").forEach((b) => {
				b.classList.toggle("chosen", b.dataset.value === value);
				b.setAttribute("aria-pressed", String(b.dataset.value === value));
			});
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
						"aria-pressed": "false",
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
						"aria-pressed": "false",
						onclick: choose(value, { word: key }, word),
					},
					[el("span", { class: "pictogram", html: icon(sign) }), el("span", { class: "label", text: word })]
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
						"aria-pressed": "false",
						onclick: choose(value, { question: question.key, option: String(i) }, word),
					},
					[
						el("span", { class: "pictogram", html: pictogram(question.pictograms[i], i) }),
						el("span", { class: "label", text: word }),
					]
				);
			});
		}
		const area = el("textarea", { class: "free-text", rows: "4", maxlength: "1000", "aria-label": wording.plain || "" });
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
		const progress = el("div", { class: "progress", role: "progressbar", "aria-label": `${state.index + 1} / ${questions.length}` }, [
			el("div", { class: "progress-bar", style: `width: ${(100 * state.index) / questions.length}%` }),
		]);
		progress.setAttribute("aria-valuenow", String(state.index + 1));
		progress.setAttribute("aria-valuemin", "1");
		progress.setAttribute("aria-valuemax", String(questions.length));
		const heading = el(
			"h1",
			{ class: "question-text", onclick: () => speak({ question: question.key }, wording.plain, wording.recorded) },
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
			[]
		);
		next.innerHTML = icon("arrow");
		next.disabled = !state.selected && question.kind !== "Free text";
		if (question.kind === "Free text" && question.required) next.disabled = !state.selected;
		const nav = [
			el(
				"button",
				{
					class: "nav back",
					type: "button",
					"aria-label": words.back || "",
					html: icon("arrow"),
					onclick: () => (state.index ? goTo(state.index - 1) : showLanguages()),
				},
				[]
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
					[el("span", { class: "skip-icon", html: icon("skip") }), el("span", { text: words.skip })]
				)
			);
		}
		nav.push(next);
		root.replaceChildren(
			el("section", { class: "screen question", "data-key": question.key }, [
				el("div", { class: "top" }, [
					progress,
					el("span", { class: "counter", dir: "ltr", text: `${state.index + 1} / ${questions.length}` }),
				]),
				el("div", { class: "ask" }, [speakerButton({ question: question.key }, wording.plain, wording.recorded), heading]),
				el("div", { class: "answers kind-" + question.kind.replace(/[^a-z0-9]+/gi, "-").toLowerCase() }, answerButtons(question, wording)),
				el("div", { class: "navigation" }, nav),
			])
		);
		if (state.selected) {
			root.querySelectorAll(".answer").forEach((b) => {
				b.classList.toggle("chosen", b.dataset.value === state.selected);
				b.setAttribute("aria-pressed", String(b.dataset.value === state.selected));
			});
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
				"submit_survey",
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
				el("div", { class: "thanks-sign", html: icon("check") }),
				el("h1", { class: "thanks-text", onclick: () => speak({ word: "thank_you" }, words.thank_you) }, [
					el("span", { text: words.thank_you }),
				]),
				speakerButton({ word: "thank_you" }, words.thank_you),
				el("button", { class: "staff-link", type: "button", lang: STAFF_LANG, dir: "ltr", onclick: () => backToStaff() }, [
					el("span", { class: "lock-icon", html: icon("lock") }),
					el("span", { text: staff.for_staff }),
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
			id: "staff-password",
			type: "password",
			autocomplete: "current-password",
			"aria-label": staff.password,
			placeholder: staff.password,
		});
		const unlock = async () => {
			try {
				await call("unlock_session_list", { password: password.value }, true);
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
					el("label", { class: "staff-label", for: "staff-password", text: staff.password }),
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
