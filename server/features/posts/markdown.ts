import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// Markdown from people becomes HTML here, on the server, on every write; readers only ever get the result.
// Two independent layers: markdown-it with raw HTML off (an HTML tag in the source is shown as text, and
// its link validator drops javascript:, vbscript:, file: and data: URLs), then sanitize-html with a strict
// allowlist, which would remove anything the first layer let through.

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
// No images (tracking pixels, data: URLs) and no tables: `![alt](url)` stays a plain link.
md.disable(["image", "table"]);

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "em",
    "strong",
    "a",
    "ul",
    "ol",
    "li",
    "code",
    "pre",
    "blockquote",
    "h3",
    "h4",
    "h5",
    "h6",
  ],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedClasses: {},
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowedStyles: {},
  parseStyleAttributes: false,
  disallowedTagsMode: "discard",
  // Post headings sit under the page's own h1 and h2.
  transformTags: {
    h1: "h3",
    h2: "h4",
    // Absolute http(s) and mailto links only: a relative or scheme-less href is dropped (the text stays).
    a: (_tag, attribs) => ({
      tagName: "a",
      attribs: {
        ...(attribs.href && SAFE_HREF.test(attribs.href) ? { href: attribs.href } : {}),
        rel: "noopener nofollow ugc",
      },
    }),
  },
};

/** Sanitizes HTML with the posts allowlist. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Renders markdown from a person to the HTML others read: safe to insert into a page as is. */
export function renderMarkdown(source: string): string {
  return sanitize(md.render(source)).trim();
}
