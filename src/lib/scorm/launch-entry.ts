/**
 * The SCORM package's launch page (scorm/launch.html, written by scripts/package.ts): the page the LMS opens for each
 * item. It holds the SCORM session for as long as the LMS shows the item, and shows the course in a frame inside it,
 * so that the learner can follow links from page to page without ending the session.
 *
 * With an LMS: LMSInitialize, then resume at cmi.core.lesson_location when the LMS says the learner is coming back
 * (cmi.core.entry "resume"), and, when the LMS closes the item, exit "suspend" (so the next launch resumes), commit,
 * LMSFinish. Without one: the page simply shows the course page. Scores, statuses and visits are reported by the
 * pages themselves (./page-entry.ts), through the same API.
 */
import { endSession, findApi, isPackagePage, parseSco, startSession, type ApiWindow } from './api';

const params = new URLSearchParams(location.search);
const sco = parseSco(params.get('sco'));
const first = params.get('page') ?? 'index.html';
const api = findApi(window as unknown as ApiWindow);
// The pages read which item this is from here (window.parent.qgenScormSco), whichever page the learner is on.
(window as unknown as { qgenScormSco?: string }).qgenScormSco = sco ? `${sco.kind}:${sco.id}` : '';

let start = isPackagePage(first) ? first : 'index.html';
if (api) {
  api.LMSInitialize('');
  start = startSession(api, first);
  let ended = false;
  const end = () => {
    if (!ended) endSession(api);
    ended = true;
  };
  addEventListener('pagehide', end);
  addEventListener('beforeunload', end);
}

const frame = document.querySelector<HTMLIFrameElement>('#course')!;
frame.src = new URL(`../${start}`, import.meta.url).href;
