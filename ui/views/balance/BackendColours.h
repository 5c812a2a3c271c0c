#pragma once
// Which series colour each backend is drawn in, by name rather than by position (issue 8: removing
// a backend recoloured the ones after it, hiding which keys really moved). A backend keeps its
// colour while it exists; a new one takes the lowest colour no backend is using.
#include <map>
#include <string>
#include <vector>

namespace stepwise::ui {

class BackendColours {
  public:
    /// The colour slot (an index for seriesColour()) of each of `names`, in order. Names seen before
    /// keep their slot; names gone free theirs; new names take the lowest free slot.
    std::vector<int> assign(const std::vector<std::string>& names);
    /// The slot of `name`, or -1 when it is not a current backend.
    int slotOf(const std::string& name) const;

  private:
    std::map<std::string, int> slots_;
};

}  // namespace stepwise::ui
