import type { Flow, ThreatModel } from '../../../../src/model/schema';
import { TriState, withOptional } from './fields';
import { patchFlow } from './merge';

/** Each flow's protocol, transport security and the assets it carries. */
export function FlowTable(props: {
  readonly model: ThreatModel;
  readonly onChange: (model: ThreatModel) => void;
  readonly readOnly: boolean;
}) {
  const { model, readOnly } = props;
  const names = new Map(model.elements.map((e) => [e.id, e.name]));
  const update = (id: string, patch: (flow: Flow) => Flow): void => {
    props.onChange(patchFlow(model, id, patch));
  };

  if (model.flows.length === 0) {
    return <p className="tm-subtle">No flows yet.</p>;
  }

  return (
    <div className="tm-table-wrap">
      <table className="tm-table tm-attr-table">
        <caption>Flows</caption>
        <thead>
          <tr>
            <th scope="col">Flow</th>
            <th scope="col">Protocol</th>
            <th scope="col">Encrypted</th>
            <th scope="col">Authenticated</th>
            <th scope="col">Assets</th>
          </tr>
        </thead>
        <tbody>
          {model.flows.map((flow) => {
            const title = flowTitle(flow, names);
            return (
              <tr key={flow.id}>
                <th scope="row">
                  {title}
                  {flow.label === undefined ? null : (
                    <div className="tm-small">{flow.label}</div>
                  )}
                </th>
                <td>
                  <input
                    className="tm-input tm-input--compact"
                    aria-label={`Protocol of ${title}`}
                    value={flow.protocol ?? ''}
                    maxLength={50}
                    readOnly={readOnly}
                    onChange={(event) => {
                      const protocol = event.target.value.trim().toLowerCase();
                      update(flow.id, (f) =>
                        withOptional(f, 'protocol', protocol || undefined),
                      );
                    }}
                  />
                </td>
                <td>
                  <TriState
                    label={`Encrypted: ${title}`}
                    value={flow.encrypted}
                    disabled={readOnly}
                    onChange={(value) => {
                      update(flow.id, (f) =>
                        withOptional(f, 'encrypted', value),
                      );
                    }}
                  />
                </td>
                <td>
                  <TriState
                    label={`Authenticated: ${title}`}
                    value={flow.authenticated}
                    disabled={readOnly}
                    onChange={(value) => {
                      update(flow.id, (f) =>
                        withOptional(f, 'authenticated', value),
                      );
                    }}
                  />
                </td>
                <td>
                  <AssetPicker
                    flow={flow}
                    title={title}
                    model={model}
                    readOnly={readOnly}
                    onChange={(assets) => {
                      update(flow.id, (f) => ({ ...f, assets }));
                    }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function flowTitle(
  flow: Flow,
  names: ReadonlyMap<string, string>,
): string {
  const arrow = flow.bidirectional ? '↔' : '→';
  return `${names.get(flow.from) ?? flow.from} ${arrow} ${names.get(flow.to) ?? flow.to}`;
}

function AssetPicker(props: {
  readonly flow: Flow;
  readonly title: string;
  readonly model: ThreatModel;
  readonly readOnly: boolean;
  readonly onChange: (assets: string[]) => void;
}) {
  const { flow, model } = props;
  if (model.assets.length === 0) {
    return <span className="tm-small">No assets in the model</span>;
  }

  return (
    <fieldset className="tm-checks">
      <legend className="tm-visually-hidden">Assets on {props.title}</legend>
      {model.assets.map((asset) => {
        const carried = flow.assets.includes(asset.id);
        return (
          <label key={asset.id} className="tm-check">
            <input
              type="checkbox"
              checked={carried}
              disabled={props.readOnly}
              onChange={() => {
                props.onChange(
                  carried
                    ? flow.assets.filter((id) => id !== asset.id)
                    : [...flow.assets, asset.id],
                );
              }}
            />
            {asset.name}
          </label>
        );
      })}
    </fieldset>
  );
}
