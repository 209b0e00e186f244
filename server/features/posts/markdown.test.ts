import { describe, expect, it } from "vitest";
import { renderMarkdown, sanitize } from "./markdown.ts";

// Classic XSS payloads, put into post bodies the ways people would: as raw text, as a link target, as an
// autolink and inside markdown constructs. None may leave the server as markup that can run.

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<img src=x onerror=alert(1)>",
  '<img src="javascript:alert(1)">',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<embed src="javascript:alert(1)">',
  "<body onload=alert(1)>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  "<style>@import 'https://evil.example/x.css';</style>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<p onclick="alert(1)">x</p>',
  "<details open ontoggle=alert(1)>",
  "<input autofocus onfocus=alert(1)>",
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://evil.example/">',
  "<link rel=stylesheet href=https://evil.example/x.css>",
  "<video><source onerror=alert(1)></video>",
  "<audio src=x onerror=alert(1)>",
  "<marquee onstart=alert(1)>x</marquee>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<!--<img src=x onerror=alert(1)>-->",
  "<![CDATA[<script>alert(1)</script>]]>",
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<a href="  javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="//evil.example">x</a>',
  "<template><script>alert(1)</script></template>",
  "<x onmouseover=alert(1)>hover</x>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;script&#62;alert(1)&#60;/script&#62;",
  '<a href="java\u0000script:alert(1)">x</a>',
  '<a href="https://ok.example" onclick="alert(1)" style="color:red" target="_blank">x</a>',
];

/** URLs people might put in a markdown link or an autolink. */
const URLS = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "java&#x09;script:alert(1)",
  "&#106;avascript:alert(1)",
  "%6Aavascript:alert(1)",
  "javascript&colon;alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:image/svg+xml,<svg onload=alert(1)>",
  "file:///etc/passwd",
  "//evil.example/x",
  'https://ok.example/"onmouseover="alert(1)',
];

const ALLOWED: Record<string, string[]> = {
  p: [],
  br: [],
  em: [],
  strong: [],
  a: ["href", "rel"],
  ul: [],
  ol: ["start"],
  li: [],
  code: [],
  pre: [],
  blockquote: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
};

const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * Fails when the HTML holds anything that could run: every `<` must open or close an allowed tag (text
 * `<` is escaped), each tag carries only its allowed attributes, and each link is http(s) or mailto.
 */
function expectInert(html: string): void {
  const tag = /<(\/?)([a-zA-Z0-9]+)((?:\s+[a-z-]+="[^"]*")*)\s*(\/?)>/g;
  const stripped = html.replace(tag, (_m, _close, name: string, attrs: string) => {
    const allowed = ALLOWED[name];
    expect(allowed, `tag <${name}> in ${html}`).toBeDefined();
    for (const [, attr, value] of attrs.matchAll(/\s+([a-z-]+)="([^"]*)"/g)) {
      expect(allowed, `attribute ${attr} on <${name}> in ${html}`).toContain(attr);
      if (attr === "href") expect(decode(value ?? "")).toMatch(/^(https?:\/\/[^/\s]|mailto:)/);
      if (attr === "rel") expect(value).toBe("noopener nofollow ugc");
    }
    return "";
  });
  expect(stripped, `a raw < left in ${html}`).not.toContain("<");
  expect(stripped).not.toContain(">");
}

describe("markdown rendering", () => {
  it("renders the allowed markdown", () => {
    const html = renderMarkdown(
      "# Title\n\n## Sub\n\n**bold** _it_ `code` [link](https://example.com/a?b=1&c=2)\n\n" +
        "> quote\n\n1. one\n2. two\n\n- x\n\n```\npre\n```\n\nmail <mailto:a@b.example>",
    );
    expect(html).toContain("<h3>Title</h3>");
    expect(html).toContain("<h4>Sub</h4>");
    expect(html).toContain("<strong>bold</strong> <em>it</em> <code>code</code>");
    expect(html).toContain(
      '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener nofollow ugc">link</a>',
    );
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<pre><code>pre\n</code></pre>");
    expect(html).toContain('href="mailto:a@b.example"');
    expectInert(html);
  });

  it("shows raw HTML as text", () => {
    expect(renderMarkdown("<b>hi</b>")).toBe("<p>&lt;b&gt;hi&lt;/b&gt;</p>");
  });

  it("drops images, keeping a plain link", () => {
    const html = renderMarkdown("![pixel](https://evil.example/p.gif)");
    expect(html).not.toContain("<img");
    expectInert(html);
  });

  it.each(PAYLOADS)("neutralizes %s in every position", (payload) => {
    for (const source of [
      payload,
      `text ${payload} text`,
      `**${payload}**`,
      `> ${payload}`,
      `- ${payload}`,
      `[${payload}](https://ok.example)`,
      `\`${payload}\``,
      `\`\`\`\n${payload}\n\`\`\``,
    ]) {
      const html = renderMarkdown(source);
      expectInert(html);
      expect(html).not.toMatch(/<(script|img|svg|iframe|style|object|embed|math|form|input)/i);
    }
  });

  it.each(URLS)("never links to %s", (url) => {
    for (const source of [`[click](${url})`, `<${url}>`, `[click](<${url}>)`, url, `[a]: ${url}\n\n[a]`]) {
      const html = renderMarkdown(source);
      expectInert(html);
    }
  });

  it.each(PAYLOADS)("the sanitizer alone also neutralizes %s as HTML", (payload) => {
    expectInert(sanitize(payload));
  });
});
