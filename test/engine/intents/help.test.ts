import { describe, expect, it } from "vitest";
import { help } from "../../../src/engine/intents/help.ts";
import { engine, question } from "./ask.ts";

describe("help", () => {
  it.each([
    "help",
    "/status help",
    "HELP!",
    "?",
    "",
    "how do I use this bot",
    "what can you do",
    "how do I phrase a question",
    "what are you for",
    "list commands",
    "hey bot, instructions please",
    "hello",
    "can I DM you or only mention you in channels?",
    "i don't know what to ask, give me some hints",
    // Asked in plain words, in ways no rule lists: about the bot, with nothing about HTTP in them.
    "what sort of stuff do you know about",
    "r u able to read stack traces",
    "yo bot whats ur deal",
    "comands?",
    "is there some kind of manual somewhere",
    "could you tell me what you're for",
    "heyyy 👋",
    "-h",
    "/httpstatus help",
    "can you check my whole log file?",
    // What the bot supports, in plain words.
    "what's supported",
    "what is supported here",
    "available commands",
    "what's possible here",
    // What the bot can read or knows, HTTP words included.
    "does the bot know websocket close codes or is that out of scope?",
    "do you understand normal sentences or only numbers?",
    // What the bot can read, asked of it with no code written.
    "can you read screenshots",
    // In other languages, in scripts the word groups read and in others.
    "Was kannst du?",
    "¿Qué puedes hacer?",
    "このボットは何ができますか",
    "这个机器人怎么用",
    "как тобой пользоваться?",
    // How the bot works, asked of it by name in a longer message, with codes or logs as examples.
    "what exactly can I ask the status bot? like does it know vendor codes like cloudflare ones too or only rfc? and does it understand when I paste an alb log line, or only the number? just want to know before the next shift",
    "what is the bot supposed to answer if I give it a whole nginx error log? just want to know what it supports before I paste 200 lines at 3am",
    "siema, co ten bot umie? mozna go zapytac o kod z logu, o porownanie dwoch kodow?",
    "ragazzi, il bot come si usa per analizzare un log incollato?",
    "je voudrais savoir comment on utilise le bot dans un channel prive. il faut l'inviter?",
    // What it covers set against what it might not, managing it, what to type.
    "does the status bot handle nginx-only codes like 499?",
    "does it handle nginx-only codes?",
    "do you know the WebDAV codes like 207 and 423 or just the common ones?",
    "how do I mute you in #backend-alerts",
    "how do I stop the status bot auto-replying in this channel, it jumps in every time someone says 404",
    "do I need to type the word status or is just the number enough",
    "Jak korzystać z tego bota?",
    // What it covers set against the input it might not take, how to use it, in other languages.
    "are you able to compare two codes or only explain one at a time?",
    "what kind of questions can you answer?",
    "is that the intended way to use you?",
    "cosa sai fare?",
    "@Status Bot oi! como eu uso você?",
    "hola bot, qué comandos tienes?",
    "how do i trigger the shortcut from the slack mobile app",
    "can i paste an nginx log and have you look at it",
    // A longer message about the bot itself, of more than sixty words.
    "hi, I just joined the platform team and someone told me to use you instead of googling status codes. how do I actually use you? can I paste a whole log line from nginx or a stack trace, or do I need to ask in a specific format? and does it work inside threads, or only in channels? sorry for the long message, I want to explain it to my team tomorrow",
  ])("%j gets help", (query) => {
    expect(help(question(query), engine)?.intent).toBe("help");
  });

  it("is not sure about input with nothing readable in it", () => {
    expect(help(question("🙂🙂🙂"), engine)?.intent).toBe("unknown");
    // Russian with "работает" (works), whose letters hold "бот" (bot): not a request for help.
    expect(help(question("сервис работает?"), engine)?.intent).toBe("unknown");
    // Questions about HTTP in scripts the search cannot read, with a word for the bot's own words in
    // them ("пользователь" holds "пользоват", "机器人" is bot traffic): not sure, never help.
    for (const query of [
      "пользователь не авторизован, какой статус вернуть?",
      "被机器人刷接口应该返回什么状态码",
    ]) {
      expect(help(question(query), engine)?.intent, query).toBe("unknown");
    }
  });

  it("leaves every other question to the next intent: a question about HTTP, or chat", () => {
    for (const query of [
      "403",
      "helpful error for a missing field",
      "401 vs 403",
      "hey, we get 502s from nginx after the deploy",
      "how do I tell the client to slow down?",
      "what can you tell me about 418",
      "how do i return a 404 in express",
      "how do I use ETags?",
      "can you check why my api returns weird stuff",
      "do you know the right status for an expired token",
      "can you read this log line: upstream timed out (110: Connection timed out) while reading response header",
      "can you check my nginx config, it returns the wrong status for missing files",
      "what do you return when the token has expired",
      "hey bot, what should I return when someone registers an email that already exists",
      // "it", "that" and "you" with a code written, and a bot of one's own, are about an API.
      "the server returns 406, how do I find out what it supports?",
      "does it accept JSON or only XML? the API returns 415",
      "how do I stop it from returning 500 on empty input?",
      "how do I flag that 410 response in our monitoring?",
      "the bot is supposed to post messages but chat.postMessage returns 403",
      "how do I use the bot token? slack returns 401 invalid_auth",
      "is it possible to ask it to retry on 503 automatically? using axios-retry",
      "do I need to type the full URL? getting 404 from the API gateway",
      "do you know if nginx only logs 499 for client aborts?",
      "can I paste the curl output for you, it shows 502",
      "can you compare 301 vs 308 for a permanent move of an API that also receives POST? which code would you pick?",
      // Polite openers, a bot of one's own and its token, typing a header.
      "can you tell me which status code to return for a duplicate signup, just the code?",
      "could you explain 429 and also the headers I should send with it?",
      "how do I stop the bot from getting 429 from Discord?",
      "how do I add the bot token to the Authorization header? I get 401",
      "how do I use the bot's token? slack returns 401 invalid_auth",
      "the bot is supposed to reply in thread but slack returns 400 invalid_thread_ts",
      "do I need to type the Content-Type header for a POST?",
      "do you follow the RFC for 418?",
      "can you explain the difference between authentication and authorization errors",
      "how do I tell the client it is sending too many requests",
      "how do I center a div",
      "thanks bot, that helped",
      "how are you doing",
      // Instructions to others are not about the bot.
      "can you review my PR",
      "could you deploy staging please",
    ]) {
      expect(help(question(query), engine), query).toBeUndefined();
    }
  });
});
