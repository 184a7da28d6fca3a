// Read-aloud of a participant's week: the server speaks each line (espeak-ng), from the signed link.
(function () {
	const page = window.weekPage || {};
	let current = null;

	function speakLocally(text) {
		if (!window.speechSynthesis) return;
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = page.lang;
		window.speechSynthesis.speak(utterance);
	}

	function play(button) {
		if (current) current.pause();
		document.querySelectorAll(".speaker.playing").forEach((b) => b.classList.remove("playing"));
		const line = button.dataset.line;
		const text = button.closest(".session").innerText;
		if (!page.voice) return speakLocally(text);
		const url =
			"/api/method/amif_network.api.week.speak?t=" +
			encodeURIComponent(page.token) +
			"&line=" +
			encodeURIComponent(line);
		const audio = new Audio(url);
		current = audio;
		button.classList.add("playing");
		audio.addEventListener("ended", () => button.classList.remove("playing"));
		audio.play().catch(() => {
			button.classList.remove("playing");
			speakLocally(text);
		});
	}

	document.querySelectorAll(".speaker").forEach((button) => button.addEventListener("click", () => play(button)));
})();
