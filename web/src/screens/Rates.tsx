import type { FormEvent } from 'react';
import { ApiError, api, ok, type Schema } from '../api/client';
import { Async } from '../components/States';
import { ActionButton, ActionNotice, Field, useAction } from '../components/ui';
import { type Client, useClient, useDirectory } from '../directory';
import { useDraft } from '../lib/drafts';
import { calendarDate, money, moneyInput, parseMoney, today } from '../lib/format';
import { useLoad } from '../lib/load';
import { useMe } from '../session';
import { CATEGORIES } from '../timer';
import { ClientPage, NotVisible } from './Clients';

type RateCard = Schema<'RateCard'>;
type Increment = Schema<'RateCardInput'>['rounding']['incrementMinutes'];
const INCREMENTS: Increment[] = [0, 1, 5, 6, 10, 15, 30, 60];

interface RateForm {
  effectiveFrom: string;
  currency: string;
  defaultRate: string;
  increment: Increment;
  mode: RateCard['rounding']['mode'];
  agentRates: { userId: string; rate: string }[];
  categoryRates: { category: string; rate: string }[];
  visibleToAgents: boolean;
}

function formOf(card: RateCard | null, client: Client): RateForm {
  const currency = card?.currency ?? client.currency;
  return {
    effectiveFrom: today(client.timeZone),
    currency,
    defaultRate: card ? moneyInput(card.defaultRateMinor, currency) : '',
    increment: (card?.rounding.incrementMinutes ?? 0) as Increment,
    mode: card?.rounding.mode ?? 'nearest',
    agentRates: card?.agentRates.map((r) => ({ userId: r.userId, rate: moneyInput(r.rateMinor, currency) })) ?? [],
    categoryRates: card?.categoryRates.map((r) => ({ category: r.category, rate: moneyInput(r.rateMinor, currency) })) ?? [],
    visibleToAgents: card?.visibleToAgents ?? false,
  };
}

/** A client's rate card: the default hourly rate, per-agent and per-category rates, and rounding. */
export function Rates({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  const card = useLoad(async () => {
    try {
      return await ok(api.GET('/api/clients/{clientId}/rates', { params: { path: { clientId } } }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }, `rates:${clientId}`);
  if (!client) return <NotVisible />;
  return (
    <ClientPage clientId={clientId} title={`${client.name}: rates`} section={{ to: `/clients/${clientId}/rates`, label: 'Rates' }}>
      <Async state={card.state} retry={card.reload} label="the rate card">
        {(current) => <RateCardForm client={client} card={current} onSaved={card.set} />}
      </Async>
    </ClientPage>
  );
}

function RateCardForm({ client, card, onSaved }: { client: Client; card: RateCard | null; onSaved: (card: RateCard) => void }) {
  const me = useMe();
  const { members, personName } = useDirectory();
  const owner = me.user.role === 'owner';
  const [form, setForm, clearForm] = useDraft<RateForm>(`rates:${client.id}:${card?.version ?? 0}`, formOf(card, client));
  const { busy, notice, setNotice, run } = useAction();
  const agents = members.filter((m) => m.role === 'agent');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const rate = (text: string, what: string) => {
      const minor = parseMoney(text, form.currency);
      if (minor === undefined || minor < 0) throw new Error(`${what}: enter an hourly rate in ${form.currency}.`);
      return minor;
    };
    let body: Schema<'RateCardInput'>;
    try {
      body = {
        effectiveFrom: form.effectiveFrom,
        currency: form.currency,
        defaultRateMinor: rate(form.defaultRate, 'Default rate'),
        rounding: { incrementMinutes: form.increment, mode: form.mode },
        agentRates: form.agentRates.filter((r) => r.userId).map((r) => ({ userId: r.userId, rateMinor: rate(r.rate, personName(r.userId)) })),
        categoryRates: form.categoryRates.filter((r) => r.category.trim()).map((r) => ({ category: r.category.trim(), rateMinor: rate(r.rate, r.category) })),
        visibleToAgents: form.visibleToAgents,
      };
    } catch (error) {
      setNotice({ kind: 'error', text: (error as Error).message });
      return;
    }
    await run(
      'save',
      async () => {
        const saved = await ok(api.PUT('/api/clients/{clientId}/rates', { params: { path: { clientId: client.id } }, body }));
        clearForm();
        onSaved(saved);
      },
      'Rate card saved.',
    );
  };
  return (
    <form className="panel" onSubmit={submit} aria-label="Rate card">
      {card ? (
        <p className="hint">
          In force since {calendarDate(card.effectiveFrom)}: {money(card.defaultRateMinor, card.currency)} an hour by default. A new card takes effect on its date; earlier entries keep their rates.
        </p>
      ) : (
        <p className="hint">No rate card yet: nothing can be billed until there is one.</p>
      )}
      <fieldset disabled={!owner}>
        <legend className="visually-hidden">Rates</legend>
        <div className="form-grid">
          <Field label="Effective from">{(id) => <input id={id} type="date" value={form.effectiveFrom} onChange={(e) => setForm({ ...form, effectiveFrom: e.target.value })} />}</Field>
          <Field label="Currency">{(id) => <input id={id} value={form.currency} maxLength={3} size={4} onChange={(e) => setForm({ ...form, currency: e.target.value.toUpperCase() })} />}</Field>
          <Field label={`Default hourly rate (${form.currency})`}>
            {(id) => <input id={id} inputMode="decimal" value={form.defaultRate} onChange={(e) => setForm({ ...form, defaultRate: e.target.value })} required />}
          </Field>
          <Field label="Round each entry to">
            {(id) => (
              <select id={id} value={form.increment} onChange={(e) => setForm({ ...form, increment: Number(e.target.value) as Increment })}>
                {INCREMENTS.map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {minutes === 0 ? 'No rounding' : `${minutes} minutes`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Rounding">
            {(id) => (
              <select id={id} value={form.mode} onChange={(e) => setForm({ ...form, mode: e.target.value as RateForm['mode'] })}>
                <option value="up">Up</option>
                <option value="nearest">To the nearest</option>
                <option value="down">Down</option>
              </select>
            )}
          </Field>
        </div>
        <fieldset>
          <legend>Agent rates (chosen first)</legend>
          {form.agentRates.map((row, index) => (
            <div className="row wrap" key={row.userId || `new-${index}`}>
              <select
                aria-label={`Agent ${index + 1}`}
                value={row.userId}
                onChange={(e) => setForm({ ...form, agentRates: form.agentRates.map((r, i) => (i === index ? { ...r, userId: e.target.value } : r)) })}
              >
                <option value="">Choose an agent</option>
                {agents.map((agent) => (
                  <option key={agent.id} value={agent.id}>
                    {agent.name}
                  </option>
                ))}
              </select>
              <input
                aria-label={`Hourly rate of agent ${index + 1} (${form.currency})`}
                inputMode="decimal"
                value={row.rate}
                onChange={(e) => setForm({ ...form, agentRates: form.agentRates.map((r, i) => (i === index ? { ...r, rate: e.target.value } : r)) })}
                size={10}
              />
              <button type="button" className="link" onClick={() => setForm({ ...form, agentRates: form.agentRates.filter((_, i) => i !== index) })}>
                Remove <span className="visually-hidden">agent rate {index + 1}</span>
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => setForm({ ...form, agentRates: [...form.agentRates, { userId: '', rate: '' }] })}>
            Add an agent rate
          </button>
        </fieldset>
        <fieldset>
          <legend>Category rates (when no agent rate applies)</legend>
          {form.categoryRates.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows being edited have no ids.
            <div className="row wrap" key={index}>
              <input
                aria-label={`Category ${index + 1}`}
                list="rate-categories"
                value={row.category}
                onChange={(e) => setForm({ ...form, categoryRates: form.categoryRates.map((r, i) => (i === index ? { ...r, category: e.target.value } : r)) })}
              />
              <input
                aria-label={`Hourly rate of category ${index + 1} (${form.currency})`}
                inputMode="decimal"
                value={row.rate}
                onChange={(e) => setForm({ ...form, categoryRates: form.categoryRates.map((r, i) => (i === index ? { ...r, rate: e.target.value } : r)) })}
                size={10}
              />
              <button type="button" className="link" onClick={() => setForm({ ...form, categoryRates: form.categoryRates.filter((_, i) => i !== index) })}>
                Remove <span className="visually-hidden">category rate {index + 1}</span>
              </button>
            </div>
          ))}
          <datalist id="rate-categories">
            {CATEGORIES.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <button type="button" className="secondary" onClick={() => setForm({ ...form, categoryRates: [...form.categoryRates, { category: '', rate: '' }] })}>
            Add a category rate
          </button>
        </fieldset>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={form.visibleToAgents} onChange={(e) => setForm({ ...form, visibleToAgents: e.target.checked })} /> Agents may see these rates
          </label>
        </div>
      </fieldset>
      {owner ? (
        <div className="row">
          <ActionButton name="save" busy={busy} type="submit">
            Save rate card
          </ActionButton>
        </div>
      ) : (
        <p className="hint">Only the owner changes rates.</p>
      )}
      <ActionNotice notice={notice} />
    </form>
  );
}
