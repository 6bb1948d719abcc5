// imsmanifest.xml for the SCORM 1.2 package: one organization, the course's title; per published lesson an item
// holding the lesson itself and its exercises, each a SCO that the LMS launches through scorm/launch.html; one asset
// resource listing every file of the built site, on which every SCO depends.
//
// Names and attributes follow SCORM 1.2's content packaging (IMS Content Packaging 1.1.2 with ADL's adlcp
// extensions): metadata/schema "ADL SCORM", schemaversion "1.2", adlcp:scormtype "sco" or "asset", resource type
// "webcontent". The XSD files many packages carry beside it are not included (no schema validation was run).

export interface ManifestExercise {
  id: string;
  title: string;
  /** The page and fragment the item opens: "lessons/x/index.html#exercise-04-apply-gate" or "exercises/01-sampler/index.html". */
  page: string;
}

export interface ManifestLesson {
  slug: string;
  title: string;
  order: number;
  exercises: ManifestExercise[];
}

export interface ManifestInput {
  title: string;
  lessons: ManifestLesson[];
  /** Projects whose lesson this course leaves out: items of their own at the end. */
  looseExercises: ManifestExercise[];
  /** Every file of the package (paths relative to its root), imsmanifest.xml excepted. */
  files: string[];
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The launch address of one SCO: the launch page, told which item it is and which page to open first. */
export const launchHref = (sco: string, page: string) => `scorm/launch.html?sco=${sco}&page=${encodeURIComponent(page)}`;

export function scormManifest(m: ManifestInput): string {
  const resources: string[] = [];
  const sco = (kind: 'lesson' | 'exercise', id: string, page: string) => {
    const ref = `res-${kind}-${id}`;
    resources.push(
      `    <resource identifier="${ref}" type="webcontent" adlcp:scormtype="sco" href="${xml(launchHref(`${kind}:${id}`, page))}">\n`
      + '      <file href="scorm/launch.html"/>\n      <dependency identifierref="res-site"/>\n    </resource>',
    );
    return ref;
  };
  const exerciseItem = (e: ManifestExercise, indent: string) =>
    `${indent}<item identifier="item-exercise-${e.id}" identifierref="${sco('exercise', e.id, e.page)}" isvisible="true"><title>${xml(`Exercise ${e.id.slice(0, 2)}: ${e.title}`)}</title></item>`;
  const items = [
    ...m.lessons.map((l) => [
      `      <item identifier="item-${l.slug}" isvisible="true">`,
      `        <title>${xml(`Lesson ${l.order}: ${l.title}`)}</title>`,
      `        <item identifier="item-lesson-${l.slug}" identifierref="${sco('lesson', l.slug, `lessons/${l.slug}/index.html`)}" isvisible="true"><title>${xml(`Read: ${l.title}`)}</title></item>`,
      ...l.exercises.map((e) => exerciseItem(e, '        ')),
      '      </item>',
    ].join('\n')),
    ...m.looseExercises.map((e) => exerciseItem(e, '      ')),
  ];
  resources.push([
    '    <resource identifier="res-site" type="webcontent" adlcp:scormtype="asset">',
    ...m.files.map((f) => `      <file href="${xml(f)}"/>`),
    '    </resource>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<manifest identifier="qgen-course" version="1.0"',
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    '  <organizations default="course">',
    '    <organization identifier="course">',
    `      <title>${xml(m.title)}</title>`,
    ...items,
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...resources,
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
