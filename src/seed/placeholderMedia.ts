import sharp from 'sharp'

/**
 * The sample articles' photos and audio are not in their text, so the seed makes stand-ins:
 * a plain gradient photo, and a few seconds of silent MP3.
 */
export const placeholderPhoto = (hue: number): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,45%)"/>
      <stop offset="1" stop-color="hsl(${(hue + 40) % 360},55%,25%)"/>
    </linearGradient></defs>
    <rect width="1200" height="800" fill="url(#g)"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

/** MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, mono: 417-byte frames whose zeroed data is silence. */
const MP3_FRAME_HEADER = [0xff, 0xfb, 0x90, 0xc4]
const MP3_FRAME_BYTES = 417
const MP3_FRAMES_PER_SECOND = 38

export const silentMp3 = (seconds: number): Buffer => {
  const frame = Buffer.alloc(MP3_FRAME_BYTES)
  frame.set(MP3_FRAME_HEADER)
  return Buffer.concat(Array.from({ length: seconds * MP3_FRAMES_PER_SECOND }, () => frame))
}
