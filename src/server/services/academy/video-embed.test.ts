import { describe, expect, it } from "vitest";
import { videoEmbedUrl, videoUrlSchema } from "./video-embed";

describe("videoEmbedUrl", () => {
  it.each([
    [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ],
    [
      "https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ],
    [
      "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ],
    ["https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"],
    [
      "https://www.youtube.com/embed/dQw4w9WgXcQ",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ],
    ["https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"],
    [
      "https://vimeo.com/76979871/abc123def0",
      "https://player.vimeo.com/video/76979871?h=abc123def0",
    ],
    ["https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871"],
    [
      "https://www.loom.com/share/0281766fa2d04bb788eaf19e65135184",
      "https://www.loom.com/embed/0281766fa2d04bb788eaf19e65135184",
    ],
  ])("%s → %s", (input, embed) => {
    expect(videoEmbedUrl(input)).toBe(embed);
  });

  it.each([
    "https://evil.example.com/watch?v=dQw4w9WgXcQ",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "javascript:alert(1)",
    "https://www.youtube.com/watch?v=<script>",
    "https://www.youtube.com/playlist?list=PL123",
    "https://vimeo.com/channels/staffpicks",
    "https://user:pw@youtu.be/dQw4w9WgXcQ",
    "ftp://youtu.be/dQw4w9WgXcQ",
    "not a url",
  ])("refuses %s", (input) => {
    expect(videoEmbedUrl(input)).toBeNull();
  });
});

describe("videoUrlSchema", () => {
  it("takes empty as none and refuses other hosts with a clear message", () => {
    expect(videoUrlSchema.parse("  ")).toBeNull();
    expect(videoUrlSchema.parse(null)).toBeNull();
    const refused = videoUrlSchema.safeParse("https://example.com/video.mp4");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("validation.academy.videoUrl");
  });
});
