// The self-hosted chat: a small Direct Line 3.0 client (polling), no libraries, nothing from
// other sites. The conversation survives a reload (sessionStorage) and is never lost on a bad
// connection: a message that could not be sent says so and can be sent again.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const transcript = $("transcript"), suggestions = $("suggestions"), status = $("status");
  const form = $("composer"), input = $("message"), language = $("language");
  const storageKey = "mentoring-chat";
  const pending = new Map();
  let config, session, texts = {}, polling = false, pollTimer, refreshTimer, counter = 0;

  const headers = () => ({ "Authorization": "Bearer " + session.token, "Content-Type": "application/json" });
  const save = () => sessionStorage.setItem(storageKey, JSON.stringify(session));
  const say = (key) => { status.textContent = texts[key] || ""; };

  async function call(method, path, body) {
    const response = await fetch(path, { method, headers: headers(), body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(method + " " + path + " answered " + response.status);
    return response.status === 204 ? null : response.json();
  }

  function applyLanguage(code) {
    const chosen = config.languages.find((l) => l.code === code) || config.languages[0];
    texts = chosen.texts;
    document.documentElement.lang = chosen.code;
    document.documentElement.dir = chosen.rtl ? "rtl" : "ltr";
    document.title = texts.title;
    $("title").textContent = texts.title;
    $("send").textContent = texts.send;
    $("restart").textContent = texts.restart;
    document.querySelector("label[for=language]").textContent = texts.language;
    document.querySelector("label[for=message]").textContent = texts.placeholder;
    input.placeholder = texts.placeholder;
    transcript.setAttribute("aria-label", texts.conversation);
    suggestions.setAttribute("aria-label", texts.suggestions);
    language.value = chosen.code;
    return chosen.code;
  }

  async function start(code) {
    clearTimeout(pollTimer);
    transcript.replaceChildren();
    suggestions.replaceChildren();
    const token = await (await fetch("/chat/token", { method: "POST" })).json();
    session = { conversationId: token.conversationId, token: token.token, watermark: "", language: code };
    // The welcome is written before the person writes anything, so the page says which language.
    await call("POST", "/v3/directline/conversations?locale=" + encodeURIComponent(code));
    save();
    poll();
  }

  function bubble(activity, mine) {
    const item = document.createElement("li");
    item.className = mine ? "me" : "bot";
    item.dir = "auto";
    item.textContent = activity.text || "";
    transcript.append(item);
    item.scrollIntoView({ block: "end" });
    return item;
  }

  function showSuggestions(activity) {
    suggestions.replaceChildren();
    for (const action of (activity.suggestedActions && activity.suggestedActions.actions) || []) {
      const button = document.createElement("button");
      button.type = "button";
      button.dir = "auto";
      button.textContent = action.title || action.value;
      button.addEventListener("click", () => send(String(action.value ?? action.title)));
      suggestions.append(button);
    }
  }

  function render(activity) {
    if (activity.type !== "message") return;
    const mine = activity.from && activity.from.role === "user";
    const clientId = activity.channelData && activity.channelData.clientActivityID;
    if (mine && clientId && pending.has(clientId)) {
      pending.get(clientId).classList.remove("failed");
      pending.delete(clientId);
      return;
    }
    bubble(activity, mine);
    if (!mine) showSuggestions(activity);
  }

  async function poll() {
    if (polling) return;
    polling = true;
    clearTimeout(pollTimer);
    // A poll still under way when the person starts again belongs to the old conversation: its
    // answer is dropped, not shown in the new one.
    const current = session;
    try {
      const page = await call("GET", "/v3/directline/conversations/" + encodeURIComponent(current.conversationId) + "/activities?watermark=" + encodeURIComponent(current.watermark));
      if (current !== session) return;
      page.activities.forEach(render);
      session.watermark = page.watermark;
      save();
      say("");
    } catch {
      say("offline");
    } finally {
      polling = false;
      pollTimer = setTimeout(poll, document.hidden ? 5000 : 1000);
    }
  }

  async function send(text) {
    text = text.trim();
    if (!text) return;
    suggestions.replaceChildren();
    const clientActivityID = "c" + Date.now().toString(36) + (counter++);
    const activity = { type: "message", text, locale: session.language, from: { id: "me", role: "user" }, channelData: { clientActivityID } };
    const item = bubble(activity, true);
    pending.set(clientActivityID, item);
    try {
      await call("POST", "/v3/directline/conversations/" + encodeURIComponent(session.conversationId) + "/activities", activity);
      poll();
    } catch {
      item.classList.add("failed");
      pending.delete(clientActivityID);
      say("failed");
      input.value = text;
    }
  }

  async function refresh() {
    try {
      session.token = (await call("POST", "/v3/directline/tokens/refresh")).token;
      save();
    } catch {
      say("offline");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    send(text);
    input.focus();
  });
  language.addEventListener("change", () => start(applyLanguage(language.value)));
  $("restart").addEventListener("click", () => start(session.language));

  (async () => {
    config = await (await fetch("/chat/config")).json();
    for (const l of config.languages) language.append(new Option(l.name, l.code));
    session = JSON.parse(sessionStorage.getItem(storageKey) || "null");
    const wanted = session ? session.language : (navigator.language || "").split("-")[0];
    const code = applyLanguage(config.languages.some((l) => l.code === wanted) ? wanted : config.defaultLanguage);
    if (session && session.language === code) {
      // The reloaded page starts empty, so it reads the conversation again from its beginning.
      session.watermark = "";
      poll();
    } else {
      await start(code);
    }
    refreshTimer = setInterval(refresh, 15 * 60 * 1000);
  })();
})();
