import { parseFlow } from '@switchyard/flow';
import { describe, expect, it } from 'vitest';
import { templateCatalogue } from './template-catalogue';
import { templateFileName, templateFileText } from './template-file';

describe('templateFileName', () => {
  it('keeps a plain name and adds the template suffix', () => {
    expect(templateFileName('Inbound SaaS')).toBe('Inbound SaaS.flow.json');
  });

  it('replaces what a file system refuses, and never gives an empty or hidden name', () => {
    expect(templateFileName('EMEA / APAC: "hot" leads?')).toBe(
      'EMEA - APAC- -hot- leads-.flow.json',
    );
    expect(templateFileName('  ')).toBe('flow.flow.json');
    expect(templateFileName('..secret')).toBe('secret.flow.json');
    expect(templateFileName('a\u0000b\nc')).toBe('a-b-c.flow.json');
  });
});

describe('templateFileText', () => {
  it('writes a document that reads back as the same flow', () => {
    const [entry] = templateCatalogue();
    const parsed = parseFlow(templateFileText(entry?.document));
    expect(parsed.ok && parsed.value.name).toBe(entry?.name);
  });
});
