import sanitizeHtml from "sanitize-html";
import { describe, expect, it, vi } from "vitest";
import {
  SANITIZE_MEMO_ENTRIES,
  SANITIZE_MEMO_MAX_CHARS,
  safeUrl,
  sanitizeProductHtml,
} from "./sanitize";

// The real sanitizer, counted: the memo tests check when it actually runs.
vi.mock("sanitize-html", async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof sanitizeHtml }>()).default;
  return { default: vi.fn(real) };
});
const sanitizerCalls = () => vi.mocked(sanitizeHtml).mock.calls.length;

describe("product HTML sanitising", () => {
  it.each([
    [
      "<p>Hello <b>bold</b> <em>x</em></p><ul><li>one</li></ul>",
      "<p>Hello <b>bold</b> <em>x</em></p><ul><li>one</li></ul>",
    ],
    ["<h2>Title</h2><br /><span>s</span>", "<h2>Title</h2><br /><span>s</span>"],
    ["<script>alert(1)</script>ok", "ok"],
    ['<img src=x onerror="alert(1)">', ""],
    ['<p onclick="alert(1)" style="color:red">x</p>', "<p>x</p>"],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="data:text/html,hi">x</a>', "<a>x</a>"],
    ['<a href="//evil.example/">x</a>', "<a>x</a>"],
    [
      '<a href="https://ok.example/" onmouseover="x()">x</a>',
      '<a href="https://ok.example/" rel="noopener noreferrer nofollow" target="_blank">x</a>',
    ],
    [
      '<a href="mailto:a@b.c">m</a>',
      '<a href="mailto:a@b.c" rel="noopener noreferrer nofollow" target="_blank">m</a>',
    ],
    ["<iframe src='https://x'></iframe><style>p{}</style><div>d</div>", "d"],
    ["<svg><script>alert(1)</script></svg>", ""],
  ])("%s", (input, output) => {
    expect(sanitizeProductHtml(input)).toBe(output);
  });

  it("keeps only http(s) URLs for image fields", () => {
    expect(safeUrl("https://x.example/a.jpg")).toBe("https://x.example/a.jpg");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:image/png;base64,xx")).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});

describe("product HTML memo", () => {
  it("sanitises each distinct description once, and answers repeats from the memo", () => {
    const html =
      '<p onclick="x()">memo <script>alert(1)</script><a href="https://a.example/">a</a></p>';
    const before = sanitizerCalls();
    const first = sanitizeProductHtml(html);
    expect(sanitizerCalls()).toBe(before + 1);
    expect(sanitizeProductHtml(html)).toBe(first);
    expect(sanitizeProductHtml(html)).toBe(first);
    expect(sanitizerCalls()).toBe(before + 1);
    expect(first).toBe(
      '<p>memo <a href="https://a.example/" rel="noopener noreferrer nofollow" target="_blank">a</a></p>',
    );
  });

  it("forgets the least recently used description beyond its size", () => {
    const oldest = "<p>oldest</p>";
    sanitizeProductHtml(oldest);
    for (let i = 0; i < SANITIZE_MEMO_ENTRIES; i++) sanitizeProductHtml(`<p>filler ${i}</p>`);
    const before = sanitizerCalls();
    expect(sanitizeProductHtml(oldest)).toBe(oldest);
    expect(sanitizerCalls()).toBe(before + 1);
  });

  it("never stores descriptions longer than the cap", () => {
    const long = `<p>${"x".repeat(SANITIZE_MEMO_MAX_CHARS)}</p><script>bad()</script>`;
    const before = sanitizerCalls();
    expect(sanitizeProductHtml(long)).toBe(`<p>${"x".repeat(SANITIZE_MEMO_MAX_CHARS)}</p>`);
    sanitizeProductHtml(long);
    expect(sanitizerCalls()).toBe(before + 2);
  });
});
