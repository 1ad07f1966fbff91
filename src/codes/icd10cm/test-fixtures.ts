/**
 * Small, hand-written ICD-10-CM release files for the tests beside this file (test-only; nothing in
 * the app imports it). Built in the official layouts, with real codes and titles except where a test
 * needs something the release does not have (S79's title tests character references).
 */

/** One fixed-width order-file line: order number, code, flag, short title to column 76, long title. */
export function orderLine(order: number, code: string, billable: boolean, shortTitle: string, title: string): string {
  return `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${billable ? '1' : '0'} ${shortTitle.padEnd(60)} ${title}`;
}

/** A small order file: a category, a long title with commas, and 7-character codes. */
export const ORDER_LINES: readonly string[] = [
  orderLine(1, 'E11', false, 'Type 2 diabetes mellitus', 'Type 2 diabetes mellitus'),
  orderLine(2, 'E112', false, 'Type 2 diabetes mellitus with kidney complications', 'Type 2 diabetes mellitus with kidney complications'),
  orderLine(
    3,
    'E1122',
    true,
    'Type 2 diabetes mellitus w diabetic chronic kidney disease',
    'Type 2 diabetes mellitus with diabetic chronic kidney disease',
  ),
  orderLine(4, 'E119', true, 'Type 2 diabetes mellitus without complications', 'Type 2 diabetes mellitus without complications'),
  orderLine(5, 'S72001', false, 'Fracture of unsp part of neck of right femur', 'Fracture of unspecified part of neck of right femur'),
  orderLine(
    6,
    'S72001A',
    true,
    'Fracture of unsp part of neck of right femur, init',
    'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture',
  ),
];

/** Joins lines with the given line ending and ends the file with one, as CMS does. */
export const orderFile = (lines: readonly string[], eol = '\r\n'): string => lines.map((line) => `${line}${eol}`).join('');

/**
 * A small tabular list: two chapters, notes at every level, a 7th-character definition on a category
 * overridden by a subcategory, a note inside a sevenChrDef, a placeholder level, a 3-character category
 * that takes a 7th character, an S06-style restriction and character references.
 */
export const TABULAR_XML = `<?xml version="1.0" encoding="utf-8"?>
<ICD10CM.tabular>
  <version>2021</version>
  <introduction>
    <introSection type="title"><title>ICD-10-CM TABULAR LIST of DISEASES and INJURIES</title></introSection>
  </introduction>
  <chapter>
    <name>4</name>
    <desc>Endocrine, nutritional and metabolic diseases (E00-E89)</desc>
    <notes>
      <note>All neoplasms, whether functionally active or not, are classified in Chapter 2.</note>
    </notes>
    <excludes1>
      <note>transitory endocrine and metabolic disorders specific to newborn (P70-P74)</note>
    </excludes1>
    <sectionIndex>
      <sectionRef first="E08" last="E13" id="E08-E13">Diabetes mellitus</sectionRef>
    </sectionIndex>
    <section id="E08-E13">
      <desc>Diabetes mellitus (E08-E13)</desc>
      <codeAlso>
        <note>any associated condition</note>
      </codeAlso>
      <diag>
        <name>E11</name>
        <desc>Type 2 diabetes mellitus</desc>
        <includes>
          <note>diabetes NOS</note>
        </includes>
        <useAdditionalCode>
          <note>code to identify control using:</note>
          <note>insulin (Z79.4)</note>
        </useAdditionalCode>
        <excludes1>
          <note>gestational diabetes (O24.4-)</note>
        </excludes1>
        <diag>
          <name>E11.2</name>
          <desc>Type 2 diabetes mellitus with kidney complications</desc>
          <diag>
            <name>E11.22</name>
            <desc>Type 2 diabetes mellitus with diabetic chronic kidney disease</desc>
            <useAdditionalCode>
              <note>code to identify stage of chronic kidney disease (N18.1-N18.6)</note>
            </useAdditionalCode>
          </diag>
        </diag>
        <diag>
          <name>E11.9</name>
          <desc>Type 2 diabetes mellitus without complications</desc>
        </diag>
      </diag>
    </section>
  </chapter>
  <chapter>
    <name>19</name>
    <desc>Injury, poisoning and certain other consequences of external causes (S00-T88)</desc>
    <excludes2>
      <note>birth trauma (P10-P15)</note>
    </excludes2>
    <section id="S00-S09">
      <desc>Injuries to the head (S00-S09)</desc>
      <diag>
        <name>S06</name>
        <desc>Intracranial injury</desc>
        <sevenChrNote>
          <note>The appropriate 7th character is to be added to each code from category S06</note>
        </sevenChrNote>
        <sevenChrDef>
          <extension char="A">initial encounter</extension>
          <extension char="D">subsequent encounter</extension>
          <extension char="S">sequela</extension>
        </sevenChrDef>
        <notes>
          <note>7th characters D and S do not apply to codes in category S06 with 6th character 7 - death due to brain injury prior to regaining consciousness, or 8 - death due to other cause prior to regaining consciousness.</note>
        </notes>
        <diag>
          <name>S06.0</name>
          <desc>Concussion</desc>
        </diag>
        <diag>
          <name>S06.1</name>
          <desc>Traumatic cerebral edema</desc>
          <diag placeholder="true">
            <name>S06.1X</name>
            <desc>Traumatic cerebral edema</desc>
            <diag>
              <name>S06.1X7</name>
              <desc>Traumatic cerebral edema with loss of consciousness of any duration with death due to brain injury prior to regaining consciousness</desc>
            </diag>
            <diag>
              <name>S06.1X9</name>
              <desc>Traumatic cerebral edema with loss of consciousness of unspecified duration</desc>
            </diag>
          </diag>
        </diag>
      </diag>
    </section>
    <section id="S70-S79">
      <desc>Injuries to the hip and thigh (S70-S79)</desc>
      <diag>
        <name>S72</name>
        <desc>Fracture of femur</desc>
        <excludes1>
          <note>traumatic amputation of hip and thigh (S78.-)</note>
        </excludes1>
        <sevenChrNote>
          <note>The appropriate 7th character is to be added to all codes from category S72</note>
        </sevenChrNote>
        <sevenChrDef>
          <extension char="A">initial encounter for closed fracture</extension>
          <extension char="B">initial encounter for open fracture type I or II</extension>
          <note>	initial encounter for open fracture NOS</note>
          <extension char="D">subsequent encounter for closed fracture with routine healing</extension>
        </sevenChrDef>
        <diag>
          <name>S72.0</name>
          <desc>Fracture of head and neck of femur</desc>
          <diag>
            <name>S72.00</name>
            <desc>Fracture of unspecified part of neck of femur</desc>
            <diag>
              <name>S72.001</name>
              <desc>Fracture of unspecified part of neck of right femur</desc>
            </diag>
          </diag>
        </diag>
        <diag>
          <name>S72.4</name>
          <desc>Fracture of lower end of femur</desc>
          <diag>
            <name>S72.47</name>
            <desc>Torus fracture of lower end of femur</desc>
            <sevenChrNote>
              <note>The appropriate 7th character is to be added to all codes in subcategory S72.47</note>
            </sevenChrNote>
            <sevenChrDef>
              <extension char="A">initial encounter for fracture</extension>
              <extension char="D">subsequent encounter for fracture with routine healing</extension>
            </sevenChrDef>
            <diag>
              <name>S72.471</name>
              <desc>Torus fracture of lower end of right femur</desc>
            </diag>
          </diag>
        </diag>
      </diag>
      <diag>
        <name>S79</name>
        <desc>Sj&#xF6;gren-like &amp; other injuries &lt;test&gt;</desc>
        <sevenChrDef>
          <extension char="A">initial encounter</extension>
        </sevenChrDef>
      </diag>
    </section>
  </chapter>
</ICD10CM.tabular>
`;
