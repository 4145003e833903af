// The Community Template Gallery's metadata.yaml: `homepage`, `documentation`, and `versions`, newest
// first, each the commit of a template.tpl change and its notes. The Gallery reads the template at
// each listed commit, so a version names the commit that changed template.tpl, not a later one.
import YAML from 'yaml';

export interface GalleryVersion {
  sha: string;
  changeNotes: string;
}

/**
 * metadata.yaml with `version` added first; a new file gets `homepage` and `documentation` from
 * `defaults`. Comments and the other keys of an existing file are kept. Throws, with what to do, when
 * the commit is already the newest version or the file is not the Gallery's format.
 */
export function addVersion(
  text: string | undefined,
  version: GalleryVersion,
  defaults: { homepage?: string; documentation?: string },
): string {
  const doc = text === undefined ? new YAML.Document({}) : YAML.parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`not valid YAML (${doc.errors[0].message})`);
  if (!YAML.isMap(doc.contents)) throw new Error('must be a mapping with homepage and versions');
  if (text === undefined) {
    if (!defaults.homepage) {
      throw new Error('a new metadata.yaml needs a homepage: set "homepage" in package.json');
    }
    doc.set('homepage', defaults.homepage);
    if (defaults.documentation) doc.set('documentation', defaults.documentation);
  }
  const versions = doc.get('versions');
  if (versions !== undefined && !YAML.isSeq(versions)) throw new Error('versions must be a list');
  const newest = YAML.isSeq(versions) ? (versions.items[0] as YAML.YAMLMap | undefined) : undefined;
  if (newest && YAML.isMap(newest) && newest.get('sha') === version.sha) {
    throw new Error(
      `${version.sha} is already the newest version: change and commit template.tpl, then release`,
    );
  }
  const entry = doc.createNode({ sha: version.sha, changeNotes: version.changeNotes });
  if (YAML.isSeq(versions)) versions.items.unshift(entry);
  else doc.set('versions', doc.createNode([entry]));
  return doc.toString({ lineWidth: 0 });
}
