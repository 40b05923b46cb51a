import type { Element, ThreatModel } from '../../../../src/model/schema';
import {
  AUTHENTICATION_METHODS,
  ELEMENT_KINDS,
  ELEMENT_SUBTYPES,
  type ElementKind,
} from '../../../../src/model/vocabulary';
import { Choice, TriState, withOptional } from './fields';
import { patchElement } from './merge';

type Flag =
  | 'inputValidation'
  | 'logging'
  | 'encryptionAtRest'
  | 'internetFacing'
  | 'privileged';

const FLAGS: readonly { readonly key: Flag; readonly title: string }[] = [
  { key: 'inputValidation', title: 'Input validation' },
  { key: 'logging', title: 'Logging' },
  { key: 'encryptionAtRest', title: 'Encrypted at rest' },
  { key: 'internetFacing', title: 'Internet facing' },
  { key: 'privileged', title: 'Privileged' },
];

/** Each element's kind, placement and security attributes, editable. */
export function ElementTable(props: {
  readonly model: ThreatModel;
  readonly onChange: (model: ThreatModel) => void;
  readonly readOnly: boolean;
}) {
  const { model, readOnly } = props;
  const boundaryIds = model.boundaries.map((b) => b.id);
  const boundaryName = new Map(model.boundaries.map((b) => [b.id, b.name]));
  const update = (id: string, patch: (element: Element) => Element): void => {
    props.onChange(patchElement(model, id, patch));
  };

  if (model.elements.length === 0) {
    return <p className="tm-subtle">No elements yet.</p>;
  }

  return (
    <div className="tm-table-wrap">
      <table className="tm-table tm-attr-table">
        <caption>Elements</caption>
        <thead>
          <tr>
            <th scope="col">Element</th>
            <th scope="col">Kind</th>
            <th scope="col">Subtype</th>
            <th scope="col">Trust boundary</th>
            <th scope="col">Authentication</th>
            {FLAGS.map((flag) => (
              <th scope="col" key={flag.key}>
                {flag.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.elements.map((element) => (
            <tr key={element.id}>
              <th scope="row">{element.name}</th>
              <td>
                <Choice<ElementKind>
                  label={`Kind of ${element.name}`}
                  value={element.kind}
                  options={ELEMENT_KINDS}
                  disabled={readOnly}
                  onChange={(kind) => {
                    if (kind) update(element.id, (e) => ({ ...e, kind }));
                  }}
                />
              </td>
              <td>
                <Choice
                  label={`Subtype of ${element.name}`}
                  value={element.subtype}
                  options={ELEMENT_SUBTYPES}
                  disabled={readOnly}
                  onChange={(subtype) => {
                    if (subtype) update(element.id, (e) => ({ ...e, subtype }));
                  }}
                />
              </td>
              <td>
                <Choice
                  label={`Trust boundary of ${element.name}`}
                  value={element.boundary}
                  options={boundaryIds}
                  emptyText="None"
                  optionText={(id) => boundaryName.get(id) ?? id}
                  disabled={readOnly}
                  onChange={(boundary) => {
                    update(element.id, (e) =>
                      withOptional(e, 'boundary', boundary),
                    );
                  }}
                />
              </td>
              <td>
                <Choice
                  label={`Authentication of ${element.name}`}
                  value={element.attributes.authentication}
                  options={AUTHENTICATION_METHODS}
                  emptyText="Unknown"
                  disabled={readOnly}
                  onChange={(method) => {
                    update(element.id, (e) => ({
                      ...e,
                      attributes: withOptional(
                        e.attributes,
                        'authentication',
                        method,
                      ),
                    }));
                  }}
                />
              </td>
              {FLAGS.map((flag) => (
                <td key={flag.key}>
                  <TriState
                    label={`${flag.title} of ${element.name}`}
                    value={element.attributes[flag.key]}
                    disabled={readOnly}
                    onChange={(value) => {
                      update(element.id, (e) => ({
                        ...e,
                        attributes: withOptional(e.attributes, flag.key, value),
                      }));
                    }}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
