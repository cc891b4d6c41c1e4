#include "replay/fault_plan.hpp"

#include "common/strings.hpp"

namespace scout::replay {

namespace {

bool is_body_fault(FaultKind kind)
{
  return kind == FaultKind::truncate || kind == FaultKind::malform || kind == FaultKind::html
         || kind == FaultKind::drip;
}

// Marks one use of `fault`; returns false once it has none left.
bool consume(Fault& fault)
{
  if (!fault.count) {
    return true;
  }
  --*fault.count;
  return *fault.count > 0;
}

// Puts `fault` into the selection unless an earlier fault already fills its slot.
bool choose(const Fault& fault, FaultSelection& selection)
{
  if (fault.kind == FaultKind::latency) {
    selection.latency_ms += fault.latency_ms;
    return true;
  }
  if (fault.kind == FaultKind::status && !selection.status) {
    selection.status = fault;
    return true;
  }
  if (is_body_fault(fault.kind) && !selection.body) {
    selection.body = fault;
    return true;
  }
  return false;
}

}  // namespace

void FaultPlan::add(Fault fault)
{
  std::lock_guard lock(m_mutex);
  m_faults.push_back(std::move(fault));
}

void FaultPlan::clear()
{
  std::lock_guard lock(m_mutex);
  m_faults.clear();
}

FaultSelection FaultPlan::select(std::string_view path)
{
  std::lock_guard lock(m_mutex);
  FaultSelection selection;
  std::vector<Fault> remaining;
  for (Fault& fault : m_faults) {
    bool chosen = false;
    if (starts_with(path, fault.path_prefix)) {
      chosen = choose(fault, selection);
    }
    // A fault shadowed by an earlier one of the same kind is neither applied nor consumed.
    if (!chosen || consume(fault)) {
      remaining.push_back(std::move(fault));
    }
  }
  m_faults = std::move(remaining);
  return selection;
}

std::vector<Fault> FaultPlan::list() const
{
  std::lock_guard lock(m_mutex);
  return m_faults;
}

}  // namespace scout::replay
