/**
 * The sandbox frame's document for the exercise editor, made at build time: the frame's policy names its one script
 * by hash, computed here with node:crypto (the page may be served where Web Crypto is unavailable, over plain http).
 */
import { createHash } from 'node:crypto';
import { FRAME_SCRIPT, frameDocument } from '../exercises/sandbox/browser/frame.mjs';

export const frameScriptHash = () => createHash('sha256').update(FRAME_SCRIPT, 'utf8').digest('base64');

export const sandboxFrameDocument = () => frameDocument(frameScriptHash());
