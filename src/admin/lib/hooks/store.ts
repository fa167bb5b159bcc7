import { useQuery } from "@tanstack/react-query"
import { get } from "../client"

type StoreCurrencies = { stores: { supported_currencies?: { currency_code: string; is_default?: boolean }[] }[] }

/** The store's default currency, for amounts that have no order of their own (task prices). */
export const useStoreCurrency = () =>
  useQuery({
    queryKey: ["service-management:store", "currency"],
    queryFn: async () => {
      const { stores } = await get<StoreCurrencies>("/admin/stores", {
        fields: "id,supported_currencies.currency_code,supported_currencies.is_default",
      })
      const currencies = stores?.[0]?.supported_currencies ?? []
      return (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code ?? null
    },
    staleTime: 5 * 60_000,
  })
